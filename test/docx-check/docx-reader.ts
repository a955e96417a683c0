/**
 * Reads a packed .docx independently of the builder: unzips it with fflate and pulls the
 * text, page breaks, sections, page sizes and header/footer parts out of the XML.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx a test looks at. */
export interface DocxContents {
  files: Record<string, Uint8Array>;
  documentXml: string;
  /** Text of the body with paragraphs separated by newlines (XML entities decoded). */
  text: string;
  /** Text of each section (split at section breaks). */
  sectionTexts: string[];
  headerXml: string[];
  footerXml: string[];
  /** Page sizes (w:pgSz) of each section, in twips. */
  pageSizes: { width: number; height: number }[];
  /** Explicit page breaks (`<w:br w:type="page"/>`). */
  pageBreaks: number;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Plain text of a WordprocessingML fragment: runs joined, paragraphs on their own lines. */
export function xmlText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:br\/>/g, '\n')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

/** Unzips and reads a .docx. */
export function readDocx(bytes: Uint8Array): DocxContents {
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing from the .docx`);
    return strFromU8(file);
  };
  const documentXml = part('word/document.xml');
  const names = Object.keys(files);
  const body = documentXml.replace(/^[\s\S]*?<w:body>/, '').replace(/<\/w:body>[\s\S]*$/, '');
  // A section ends at each w:sectPr (inside a paragraph for all but the last section).
  const sectionTexts = body.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/).map(xmlText).filter((t, i, all) => i < all.length - 1 || t.trim() !== '');
  const pageSizes = [...documentXml.matchAll(/<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return {
    files,
    documentXml,
    text: xmlText(body),
    sectionTexts,
    headerXml: names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(part),
    footerXml: names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part),
    pageSizes,
    pageBreaks: (documentXml.match(/<w:br w:type="page"\/>/g) ?? []).length,
  };
}
