/**
 * "Why we paired you", written for the people who receive the letter: what each one can help the
 * other with (named competencies, every direction), and the real reason when there is one (they
 * registered together, they asked for each other). Never the pairing's points or rules: those
 * stay on the coordinator's board.
 */
import type { Competency, Participant } from '../model';
import { isMutualPreference, listInWords, normaliseAttribute, normaliseEmailKey, shortNames } from '../pairing/scoring';

function registeredTogether(a: Participant, b: Participant): boolean {
  const ra = normaliseEmailKey(a.registeredWithEmail);
  const rb = normaliseEmailKey(b.registeredWithEmail);
  return (ra !== '' && ra === normaliseEmailKey(b.emailKey)) || (rb !== '' && rb === normaliseEmailKey(a.emailKey));
}

function pairsOf<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  items.forEach((a, i) => items.slice(i + 1).forEach((b) => out.push([a, b])));
  return out;
}

/**
 * The letter's reasons, one sentence each. `everyone` (the program's participants) lets a shared
 * work place count as a reason only when the program spans more than one place.
 */
export function whyPairedInWords(
  members: readonly Participant[],
  catalog: readonly Competency[],
  everyone: readonly Participant[] = members,
): string[] {
  const names = shortNames(members);
  const nameOf = new Map(members.map((m, i) => [m.id, names[i] ?? m.name] as const));
  const active = catalog
    .filter((c) => !c.retired)
    .slice()
    .sort((x, y) => x.order - y.order || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const reasons: string[] = [];
  const pairs = pairsOf(members);
  const both = members.length === 2;

  const registered = pairs.filter(([a, b]) => registeredTogether(a, b));
  for (const [a, b] of registered) {
    reasons.push(both ? 'You registered together, so we kept you together.' : `${nameOf.get(a.id)} and ${nameOf.get(b.id)} registered together, so we kept them together.`);
  }
  for (const [a, b] of pairs.filter(([a, b]) => isMutualPreference(a, b) && !registered.some(([x, y]) => x === a && y === b))) {
    reasons.push(both ? 'You asked to work together.' : `${nameOf.get(a.id)} and ${nameOf.get(b.id)} asked to work together.`);
  }

  for (const giver of members) {
    const offers = new Set(giver.offers);
    const helps = members
      .filter((taker) => taker !== giver)
      .map((taker) => ({
        taker: nameOf.get(taker.id) ?? taker.name,
        what: active.filter((c) => offers.has(c.id) && taker.wants.includes(c.id)).map((c) => c.name),
      }))
      .filter((h) => h.what.length > 0);
    if (helps.length === 0) continue;
    const parts = helps.map((h) => `${h.taker} with ${listInWords(h.what)}`);
    reasons.push(`${nameOf.get(giver.id) ?? giver.name} can help ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`}.`);
  }

  const places = new Set(everyone.map((p) => normaliseAttribute(p.location)).filter((l) => l !== ''));
  const here = normaliseAttribute(members[0]?.location ?? '');
  if (places.size > 1 && here !== '' && members.every((m) => normaliseAttribute(m.location) === here)) {
    reasons.push(`${both ? 'You both' : 'You all'} work at ${members[0]?.location.trim() ?? ''}, so meeting in person is easy.`);
  }
  return reasons;
}
