/**
 * Which feedback quotes the program report may print, and how their author is named: only quotes
 * the person agreed to share; named only when they asked to be named; otherwise "a participant in
 * Finance", or just "a participant" when fewer than three people of the program share that
 * department (a department of one or two would say who it is).
 */
import type { Feedback, Participant } from '../model';
import { printedNames } from '../participants/printed-names';

/** The fewest people a department must have for an anonymous quote to name it. */
export const MIN_DEPARTMENT_FOR_ANONYMOUS = 3;

export interface QuoteForReport {
  text: string;
  by: string;
}

function departmentKey(department: string): string {
  return department.normalize('NFC').trim().toLowerCase();
}

/**
 * The quotes to print, in a stable order (named ones by name, then anonymous ones by department),
 * each once: a quote given twice word for word (a survey imported twice) is printed once.
 */
export function reportQuotes(feedback: readonly Feedback[], participants: readonly Participant[]): QuoteForReport[] {
  const people = new Map(participants.map((p) => [p.id, p]));
  const departmentSize = new Map<string, number>();
  for (const p of participants) {
    const key = departmentKey(p.department);
    if (key !== '') departmentSize.set(key, (departmentSize.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const quotes: (QuoteForReport & { order: string })[] = [];
  for (const f of feedback) {
    const text = f.quote.trim().replace(/^["\u201c\u201d]+|["\u201c\u201d]+$/g, '').trim();
    if (text === '' || f.quoteConsent === 'no') continue;
    const key = text.normalize('NFC').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const person = people.get(f.participantId);
    if (!person) continue;
    const department = person.department.trim();
    if (f.quoteConsent === 'named') {
      const name = printedNames(person).name;
      quotes.push({ text, by: department === '' ? name : `${name}, ${department}`, order: `0${name}` });
    } else {
      const big = (departmentSize.get(departmentKey(department)) ?? 0) >= MIN_DEPARTMENT_FOR_ANONYMOUS;
      quotes.push({ text, by: big && department !== '' ? `a participant in ${department}` : 'a participant', order: `1${big ? department : '\uffff'}` });
    }
  }
  return quotes
    .sort((a, b) => a.order.localeCompare(b.order) || a.text.localeCompare(b.text))
    .map(({ text, by }) => ({ text, by }));
}
