// Biểu số 5-BTCTW as a PDF with the workbook's layout (types-xlsx.ts), A4 portrait on one page, in Tinos as Biểu 1.
import { FORM_TEXT } from "./forms";
import { endWithSignatures, formPdf, MARGIN } from "./layout";
import { formCount } from "./model";
import { TYPES_TEXT, type TypesFormModel } from "./types-form";

// Column shares: Loại hình, Tổng số, Đảng bộ cơ sở, Chi bộ cơ sở, Đảng bộ bộ phận, Chi bộ trực thuộc, Tổng số đảng viên.
const SHARES = [0.37, 0.09, 0.1, 0.1, 0.11, 0.11, 0.12];
const SIZE = 10;
const PAD = 2;

export function renderTypesFormPdf(model: TypesFormModel): Promise<Buffer> {
  const pdf = formPdf(model, SIZE);
  const { doc, width, text } = pdf;
  text(model.issuer, MARGIN, MARGIN, width * 0.4, "bold");
  const boardY = doc.y;
  text(FORM_TEXT.board, MARGIN, boardY, width * 0.4, "bold");
  text(model.number, MARGIN + width - 140, MARGIN, 140, "bold", SIZE, "right");
  doc.y = Math.max(doc.y, boardY + 14) + 10;
  text(model.title, MARGIN, doc.y, width, "bold", 12.5);
  if (model.untyped > 0) text(TYPES_TEXT.untyped(model.untyped), MARGIN, doc.y + 2, width, "italic", 10);
  doc.y += 8;

  const xs = SHARES.reduce<number[]>((acc, s, i) => [...acc, acc[i]! + s * width], [MARGIN]);
  const heightOf = (t: string, w: number, style: string) => doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD }) + 2 * PAD;
  // A cell spanning columns [from, to) at y with height h.
  const cell = (t: string, from: number, to: number, y: number, h: number, style = "regular", align: "left" | "center" | "right" = "center", indent = 0) => {
    const w = xs[to]! - xs[from]!;
    doc.rect(xs[from]!, y, w, h).lineWidth(0.6).stroke();
    const th = doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD - indent });
    doc.text(t, xs[from]! + PAD + indent, y + (h - th) / 2, { width: w - 2 * PAD - indent, align });
  };

  // The template's three header rows.
  let y = doc.y;
  const h1 = Math.max(heightOf(TYPES_TEXT.grassroots, xs[4]! - xs[1]!, "bold"), heightOf(TYPES_TEXT.below, xs[6]! - xs[4]!, "bold"));
  const h2 = heightOf(TYPES_TEXT.splitInto, xs[3]! - xs[2]!, "bold");
  const h3 = Math.max(...TYPES_TEXT.columns.map((c, i) => heightOf(c, xs[i + 3]! - xs[i + 2]!, "bold")));
  const all = h1 + h2 + h3;
  cell(TYPES_TEXT.type, 0, 1, y, all, "bold");
  cell(TYPES_TEXT.grassroots, 1, 4, y, h1, "bold");
  cell(TYPES_TEXT.below, 4, 6, y, h1, "bold");
  cell(TYPES_TEXT.members, 6, 7, y, all, "bold");
  cell(TYPES_TEXT.total, 1, 2, y + h1, h2 + h3, "bold");
  cell(TYPES_TEXT.splitInto, 2, 4, y + h1, h2, "bold");
  cell(TYPES_TEXT.splitInto, 4, 6, y + h1, h2, "bold");
  TYPES_TEXT.columns.forEach((c, i) => cell(c, i + 2, i + 3, y + h1 + h2, h3, "bold"));
  y += all;
  const hn = heightOf("1", xs[1]! - xs[0]!, "bold");
  TYPES_TEXT.numbering.forEach((n, i) => cell(n, i, i + 1, y, hn, "bold"));
  y += hn;

  for (const row of model.rows) {
    const style = row.bold ? "bold" : row.italic ? "italic" : "regular";
    const indent = row.indent * 10;
    const h = heightOf(row.label, xs[1]! - xs[0]! - indent, style);
    if (y + h > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    cell(row.label, 0, 1, y, h, style, "left", indent);
    row.values.forEach((v, i) => cell(formCount(v), i + 1, i + 2, y, h, row.bold ? "bold" : "regular", "right"));
    y += h;
  }

  return endWithSignatures(pdf, model, y, 70, 10);
}
