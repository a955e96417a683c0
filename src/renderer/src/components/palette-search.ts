/**
 * How the command palette matches what is typed: every word typed must appear somewhere in an
 * entry's label, description or keywords, in any order, ignoring case and accents ("pair 03
 * grace", "wisniewski finance" finds "Tomasz Wiśniewski · Finance"). Groups keep their order
 * and lose the entries that do not match; a group left empty is dropped.
 */
export interface PaletteSearchable {
  label?: string;
  description?: string;
  keywords?: string | string[];
}

export interface PaletteGroup<T> {
  group: string;
  actions: T[];
}

/** Lower case without accents, for comparing what is typed with what is shown. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function wordsOf(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter((w) => w !== '');
}

function haystackOf(entry: PaletteSearchable): string {
  const keywords = Array.isArray(entry.keywords) ? entry.keywords.join(' ') : (entry.keywords ?? '');
  return foldForSearch([entry.label ?? '', entry.description ?? '', keywords].join(' '));
}

/** Whether every word of `query` appears in the entry (an empty query matches everything). */
export function matchesPaletteQuery(query: string, entry: PaletteSearchable): boolean {
  const haystack = haystackOf(entry);
  return wordsOf(query).every((w) => haystack.includes(w));
}

function isGroup<T>(entry: T | PaletteGroup<T>): entry is PaletteGroup<T> {
  return typeof entry === 'object' && entry !== null && 'group' in entry && Array.isArray((entry as PaletteGroup<T>).actions);
}

/** The entries (and groups' entries) that match `query`, in their order. */
export function filterPalette<T extends PaletteSearchable>(query: string, entries: readonly (T | PaletteGroup<T>)[]): (T | PaletteGroup<T>)[] {
  const out: (T | PaletteGroup<T>)[] = [];
  for (const entry of entries) {
    if (isGroup(entry)) {
      const actions = entry.actions.filter((a) => matchesPaletteQuery(query, a));
      if (actions.length > 0) out.push({ ...entry, actions });
    } else if (matchesPaletteQuery(query, entry)) {
      out.push(entry);
    }
  }
  return out;
}
