/**
 * Checks for text the coordinator types: invisible control characters break documents, CSV
 * exports and mail merges, so names and labels refuse them.
 */

/** Line feed, carriage return and tab: allowed in multi-line notes and descriptions. */
const LINE_BREAKS_AND_TAB = new Set([0x09, 0x0a, 0x0d]);

/**
 * True when `text` holds a C0/C1 control character (U+0000–U+001F, U+007F–U+009F). With
 * `allowLineBreaks`, tab, line feed and carriage return are accepted.
 */
export function hasControlCharacters(text: string, allowLineBreaks = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const control = code <= 0x1f || (code >= 0x7f && code <= 0x9f);
    if (control && !(allowLineBreaks && LINE_BREAKS_AND_TAB.has(code))) return true;
  }
  return false;
}
