/**
 * Names as the board shows them: a name alone when nobody else has it, and with the department
 * beside it when two people share a name ("Alex Kim (Nursing)"), or with the e-mail when the
 * department does not tell them apart either.
 */
import type { Participant } from '../model';

function fold(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each person's name as shown among `people`, by id. */
export function distinctNames(people: readonly Participant[]): Map<string, string> {
  const byName = new Map<string, Participant[]>();
  for (const p of people) {
    const list = byName.get(fold(p.name));
    if (list) list.push(p);
    else byName.set(fold(p.name), [p]);
  }
  const out = new Map<string, string>();
  for (const group of byName.values()) {
    const ids = new Set(group.map((p) => p.id));
    if (ids.size === 1) {
      for (const p of group) out.set(p.id, p.name);
      continue;
    }
    const departments = new Map<string, number>();
    for (const p of group)
      departments.set(fold(p.department), (departments.get(fold(p.department)) ?? 0) + 1);
    for (const p of group) {
      const dept = p.department.trim();
      const unique = dept !== '' && departments.get(fold(dept)) === 1;
      const email = p.email.trim() || p.emailKey.trim();
      const tag = unique ? dept : dept !== '' && email !== '' ? `${dept}, ${email}` : email || dept;
      out.set(p.id, tag === '' ? p.name : `${p.name} (${tag})`);
    }
  }
  return out;
}
