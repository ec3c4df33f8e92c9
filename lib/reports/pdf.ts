// The review as a PDF with the Word document's layout (layout.ts) and an embedded Times-compatible font
// (fonts.ts), so Vietnamese prints the same everywhere. pdfkit draws text, not tables: the results table is
// drawn row by row, each row kept whole and the header row repeated on every page it continues on.
import PDFDocument from "pdfkit";
import { reportFonts, type FontStyle } from "./fonts";
import { HEADER_LEFT_SHARE, MARGIN_MM, PAGE_NUMBER_TOP_MM, RESULT_COLUMN_SHARES, SIZE, isEmphasized, partySize } from "./layout";
import type { ReportModel } from "./types";

type Doc = PDFKit.PDFDocument;
interface Run { text: string; style?: FontStyle }
interface Cell { text: string; style?: FontStyle; size?: number; align?: "left" | "center" }

const MM = 72 / 25.4;
const MARGIN = { top: MARGIN_MM.top * MM, bottom: MARGIN_MM.bottom * MM, left: MARGIN_MM.left * MM, right: MARGIN_MM.right * MM };
const INDENT = 10 * MM;
const CELL_PAD = 3;

const textWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;
const pageBottom = (doc: Doc) => doc.page.height - MARGIN.bottom;

/** Starts a new page when less than `height` is left, so a heading never ends a page alone. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
  doc.x = MARGIN.left;
}

/** A justified body paragraph, first line indented; runs of different styles flow on as one paragraph. */
function paragraph(doc: Doc, runs: Run[]) {
  doc.x = MARGIN.left;
  doc.fontSize(SIZE.body);
  // pdfkit drops a space that starts a continued run; the space is kept at the end of the run before it.
  const texts = runs.map((r, i) => (i > 0 ? r.text.trimStart() : r.text) + (/^\s/.test(runs[i + 1]?.text ?? "") ? " " : ""));
  runs.forEach((r, i) => {
    doc.font(r.style ?? "regular").text(texts[i]!, {
      width: textWidth(doc), align: "justify", indent: INDENT, lineGap: 1.5,
      paragraphGap: 6, continued: i < runs.length - 1,
    });
  });
}

function centred(doc: Doc, text: string, style: FontStyle, size: number, gap = 0) {
  doc.x = MARGIN.left;
  doc.font(style).fontSize(size).text(text, { width: textWidth(doc), align: "center", paragraphGap: gap });
}

function heading(doc: Doc, text: string) {
  ensureSpace(doc, 4 * SIZE.body);
  doc.moveDown(0.3);
  paragraph(doc, [{ text, style: "bold" }]);
}

/** Issuer top left (superior, issuer, asterisk), the Party top right, then the number and the place and date. */
function documentHeading(doc: Doc, model: ReportModel) {
  const { header } = model;
  const top = doc.y;
  const left = textWidth(doc) * HEADER_LEFT_SHARE;
  const right = textWidth(doc) - left;
  const column = (text: string, x: number, y: number, width: number, style: FontStyle, size: number, underline = false) => {
    doc.font(style).fontSize(size).text(text, x, y, { width, align: "center", underline });
    return doc.y;
  };
  let yLeft = top;
  if (header.superior) yLeft = column(header.superior, MARGIN.left, yLeft, left, "regular", SIZE.body);
  yLeft = column(header.issuer, MARGIN.left, yLeft, left, "bold", SIZE.body);
  yLeft = column("*", MARGIN.left, yLeft, left, "bold", SIZE.body);
  const yRight = column(header.party, MARGIN.left + left, top, right, "bold", partySize(model.locale), true);
  const row = Math.max(yLeft, yRight) + 2;
  const yNumber = column(header.number, MARGIN.left, row, left, "regular", SIZE.body);
  const yDate = column(header.placeDate, MARGIN.left + left, row, right, "italic", SIZE.body);
  doc.x = MARGIN.left;
  doc.y = Math.max(yNumber, yDate) + 14;
}

function rowHeight(doc: Doc, cells: Cell[], widths: number[]): number {
  const heights = cells.map((c, i) =>
    doc.font(c.style ?? "regular").fontSize(c.size ?? SIZE.table).heightOfString(c.text, { width: widths[i]! - 2 * CELL_PAD }),
  );
  return Math.max(...heights) + 2 * CELL_PAD;
}

function drawRow(doc: Doc, cells: Cell[], widths: number[], height: number) {
  const y = doc.y;
  let x = MARGIN.left;
  cells.forEach((c, i) => {
    const width = widths[i]!;
    doc.lineWidth(0.5).rect(x, y, width, height).stroke();
    doc.font(c.style ?? "regular").fontSize(c.size ?? SIZE.table)
      .text(c.text, x + CELL_PAD, y + CELL_PAD, { width: width - 2 * CELL_PAD, align: c.align ?? "left" });
    x += width;
  });
  doc.x = MARGIN.left;
  doc.y = y + height;
}

function resultsTable(doc: Doc, model: ReportModel) {
  const widths = RESULT_COLUMN_SHARES.map((share) => share * textWidth(doc));
  const c = model.columns;
  const header: Cell[] = [c.no, c.target, c.plan, c.result, c.percent, c.status, c.note].map((text) => ({ text, style: "bold", align: "center" }));
  const headerHeight = rowHeight(doc, header, widths);
  const rows: Cell[][] = model.rows.map((r) => [
    { text: r.no, align: "center" }, { text: r.target }, { text: r.plan, align: "center" }, { text: r.result, align: "center" },
    { text: r.percent, align: "center" },
    { text: r.status, align: "center", style: isEmphasized(r.statusCode) ? "bold" : "regular" },
    { text: r.note, size: SIZE.tableNote },
  ]);
  ensureSpace(doc, headerHeight + rowHeight(doc, rows[0] ?? header, widths));
  drawRow(doc, header, widths, headerHeight);
  for (const cells of rows) {
    const height = rowHeight(doc, cells, widths);
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      drawRow(doc, header, widths, headerHeight);
    }
    drawRow(doc, cells, widths, height);
  }
  doc.moveDown(0.5);
}

/** Room left for the handwritten signature and the seal, above the signer's name. */
const SIGNING_SPACE = 60;

/** The height of the signature block: recipients on the left, who signs on the right, whichever is taller. */
function signatureHeight(doc: Doc, model: ReportModel): number {
  const { signature: s } = model;
  const left = textWidth(doc) * HEADER_LEFT_SHARE;
  const right = textWidth(doc) - left;
  const leftHeight = doc.font("boldItalic").fontSize(SIZE.table).heightOfString(s.recipientsTitle, { width: left })
    + s.recipients.reduce((sum, r) => sum + doc.font("regular").fontSize(SIZE.recipients).heightOfString(r, { width: left }), 0);
  doc.font("bold").fontSize(SIZE.body);
  const rightHeight = [s.onBehalf, s.signer, ...(s.name ? [s.name] : [])].reduce((sum, line) => sum + doc.heightOfString(line, { width: right }), 0)
    + (s.name ? SIGNING_SPACE : 0);
  return doc.currentLineHeight(true) + Math.max(leftHeight, rightHeight);
}

/** The height a body paragraph takes (as paragraph() writes it). */
function paragraphHeight(doc: Doc, text: string): number {
  doc.font("regular").fontSize(SIZE.body);
  return doc.heightOfString(text, { width: textWidth(doc), align: "justify", indent: INDENT, lineGap: 1.5 }) + 6;
}

function signature(doc: Doc, model: ReportModel) {
  const { signature: s } = model;
  ensureSpace(doc, signatureHeight(doc, model));
  doc.moveDown(1);
  const top = doc.y;
  const left = textWidth(doc) * HEADER_LEFT_SHARE;
  doc.font("boldItalic").fontSize(SIZE.table).text(s.recipientsTitle, MARGIN.left, top, { width: left });
  doc.font("regular").fontSize(SIZE.recipients);
  for (const r of s.recipients) doc.text(r, MARGIN.left, doc.y, { width: left });
  const bottomLeft = doc.y;
  const right = textWidth(doc) - left;
  doc.font("bold").fontSize(SIZE.body).text(s.onBehalf, MARGIN.left + left, top, { width: right, align: "center" });
  doc.text(s.signer, MARGIN.left + left, doc.y, { width: right, align: "center" });
  if (s.name) doc.text(s.name, MARGIN.left + left, doc.y + SIGNING_SPACE, { width: right, align: "center" });
  doc.x = MARGIN.left;
  doc.y = Math.max(doc.y, bottomLeft);
}

/**
 * The closing section: its heading, its paragraphs, then the signature, which is kept with the last paragraph
 * (a signature alone on a page signs nothing anyone can see); a heading with a single paragraph goes with them.
 */
function closing(doc: Doc, model: ReportModel) {
  const paragraphs = model.completeness;
  const last = paragraphs.length > 0 ? paragraphHeight(doc, paragraphs.at(-1)!) : 0;
  const tail = last + signatureHeight(doc, model) + doc.currentLineHeight(true);
  ensureSpace(doc, paragraphs.length <= 1 ? 3 * SIZE.body + tail : 4 * SIZE.body);
  doc.moveDown(0.3);
  paragraph(doc, [{ text: model.sections.data, style: "bold" }]);
  paragraphs.forEach((p, i) => {
    if (i === paragraphs.length - 1) ensureSpace(doc, tail);
    paragraph(doc, [{ text: p }]);
  });
  signature(doc, model);
}

/** Party documents number pages from the second one, at the top centre. */
function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font("regular").fontSize(SIZE.body)
      .text(String(i + 1), MARGIN.left, PAGE_NUMBER_TOP_MM * MM, { width: textWidth(doc), align: "center", lineBreak: false });
  }
}

export async function renderPdf(model: ReportModel): Promise<Buffer> {
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    // A font of our own from the start: pdfkit's default (Helvetica) has no Vietnamese letters.
    font: fonts.regular as unknown as string,
    lang: model.locale === "vi" ? "vi-VN" : "en-GB",
    displayTitle: true,
    info: { Title: `${model.title} ${model.subtitle}`, Author: "Chỉ tiêu", Subject: model.committeeName },
  });
  for (const [style, data] of Object.entries(fonts)) doc.registerFont(style, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  documentHeading(doc, model);
  centred(doc, model.title, "bold", SIZE.title);
  centred(doc, model.subtitle, "bold", SIZE.body);
  centred(doc, "-----", "regular", SIZE.body, 10);
  paragraph(doc, [{ text: model.intro }]);
  heading(doc, model.sections.results);
  paragraph(doc, [{ text: `${model.summary}.`, style: "bold" }]);
  ensureSpace(doc, 6 * SIZE.body);
  centred(doc, model.tableCaption, "italic", SIZE.caption, 4);
  resultsTable(doc, model);
  heading(doc, model.sections.notes);
  if (model.notes.length === 0) paragraph(doc, [{ text: model.notesEmpty }]);
  for (const n of model.notes) paragraph(doc, [{ text: "- " }, { text: `${n.heading}.`, style: "bold" }, { text: ` ${n.text}` }]);
  heading(doc, model.sections.tasks);
  if (model.tasks.length === 0) paragraph(doc, [{ text: model.tasksEmpty }]);
  for (const task of model.tasks) paragraph(doc, [{ text: "- " }, { text: task.heading, style: "bold" }, { text: ` (${task.status}). ${task.assessment ?? ""}` }]);
  closing(doc, model);
  pageNumbers(doc);
  doc.end();
  return done;
}
