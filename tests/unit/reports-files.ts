// Reading produced report files back as a person's program would: unzip the Office files and read their XML,
// extract a PDF's text with pdf.js. Shared by the unit and integration report tests; not a test file itself.
import JSZip from "jszip";

export async function zipEntry(file: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const entry = zip.file(path);
  if (!entry) throw new Error(`${path} missing from the archive`);
  return entry.async("string");
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** The text of a Word document, one line per paragraph (runs of a paragraph joined). */
export async function docxParagraphs(file: Buffer, part = "word/document.xml"): Promise<string[]> {
  const xml = await zipEntry(file, part);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
}

/** The rows of a Word table, each a list of cell texts; tables in document order. */
export async function docxTables(file: Buffer): Promise<string[][][]> {
  const xml = await zipEntry(file, "word/document.xml");
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => decode([...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(" ")))));
}

/** A PDF's text per page, lines joined with newlines. */
export async function pdfPages(file: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(file), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await pdf.destroy();
  return pages;
}

/** Whitespace-insensitive: justified PDF lines space words by position, not always by a space character. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
