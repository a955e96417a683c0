/**
 * A program's competency catalog. Edits are computed by pure functions in domain/catalog
 * and the changed records are saved together in one transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { sortCatalog, type CatalogEditResult } from '../domain/catalog/catalog-edits';
import type { Competency } from '../domain/model';
import { db } from './client';
import { runWrite } from './write-guard';

/** The program's whole catalog in display order (retired included). */
export function useCatalog(programId: string | undefined): Competency[] | undefined {
  return useLiveQuery(
    async () => (programId ? sortCatalog(await db.competencies.where('programId').equals(programId).toArray()) : []),
    [programId],
  );
}

export async function loadCatalog(programId: string): Promise<Competency[]> {
  return sortCatalog(await db.competencies.where('programId').equals(programId).toArray());
}

/**
 * Apply a catalog edit: `edit` receives the stored catalog (read inside the transaction, so two
 * quick edits cannot overwrite each other) and returns the result of a domain edit. Throws the
 * domain's message when the edit is refused; nothing is saved then.
 */
export async function editCatalog(
  programId: string,
  edit: (catalog: Competency[]) => CatalogEditResult | Competency[],
): Promise<void> {
  await runWrite(db, [db.competencies], async () => {
    const before = await loadCatalog(programId);
    const result = edit(before);
    const next = Array.isArray(result) ? result : result.ok ? result.catalog : null;
    if (!next) throw new Error((result as { message: string }).message);
    const previous = new Map(before.map((c) => [c.id, c]));
    const changed = next.filter((c) => JSON.stringify(previous.get(c.id)) !== JSON.stringify(c));
    if (next.some((c) => c.programId !== programId)) throw new Error('A competency belongs to another program.');
    if (changed.length) await db.competencies.bulkPut(changed);
  });
}
