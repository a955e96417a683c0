/**
 * Recognises what a roster file really is from its first bytes and its name, so that a workbook
 * renamed to `.csv`, an old `.xls` or a PDF gets a message that says so instead of a page of
 * garbled rows.
 */

/** What the bytes look like. */
export type SniffedKind = 'zip' | 'ole' | 'pdf' | 'image' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

/** Classify a file by its leading bytes (its "magic number"). */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  return 'text';
}

/** Lower-case extension of a file name without the dot, or '' when it has none. */
export function fileExtension(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Extensions that promise a workbook (read as .xlsx). */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['xlsx', 'xlsm'];

/** Extensions that promise delimited text. */
export const TEXT_EXTENSIONS: readonly string[] = ['csv', 'tsv', 'txt', 'tab'];

// Share of control characters above which decoded "text" is really binary data.
const BINARY_CONTROL_SHARE = 0.01;

/**
 * True when decoded text is really binary data: any NUL, or more than 1% control characters
 * (other than tab and line breaks) in its first 64 KB.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls / n > BINARY_CONTROL_SHARE;
}
