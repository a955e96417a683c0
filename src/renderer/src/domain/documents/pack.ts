/**
 * Turns a built document into bytes. The only place that calls docx's Packer, so builders
 * stay pure and the platform layer receives plain bytes to save.
 */
import { Packer, type Document } from 'docx';

/** The .docx file's bytes (works in the renderer and in Node). */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}

/** The .docx file as a Blob with the Word MIME type, for browser downloads. */
export async function packDocumentBlob(document: Document): Promise<Blob> {
  return Packer.toBlob(document);
}

/** MIME type of .docx files. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
