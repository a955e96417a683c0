/**
 * The light part of the e-mail drafts, for screens to import at once: file names and the refusal
 * without a sender. Composing (`mail-drafts.ts`, with the MIME library) loads only when a draft is
 * made, so the screens that offer drafts open without it.
 */

/** The refusal when the program has no sender address yet. */
export const NO_SENDER_MESSAGE =
  'Your e-mail address is missing: add it as “Coordinator email” in Program setup, so the drafts are sent from you.';

/** "Reminder - Pair 07.eml". */
export function draftFileName(what: string, label: string): string {
  return `${what} - ${label}.eml`;
}
