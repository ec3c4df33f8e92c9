// A statistical form as a PDF with the workbook's layout (xlsx.ts), in Tinos (Times-compatible, every Vietnamese
// letter; lib/reports/fonts.ts) so it prints the same everywhere. One A4 page holds Biểu 1; longer forms (Biểu 2) flow on to the next.
import { FORM_TEXT } from "./forms";
import { endWithSignatures, formPdf, MARGIN } from "./layout";
import { coverageText, formCount, formPercent, type StatFormModel } from "./model";

// Column shares of the table: Tiêu chí, Kỳ này, Cùng kỳ năm trước, (%).
const SHARES = [0.5, 0.15, 0.17, 0.18];
const SIZE = 11;
const PAD = 3;
/** Room the place, date and signature blocks need below the table. */
const SIGNATURES = 110;

export function renderStatFormPdf(model: StatFormModel): Promise<Buffer> {
  const pdf = formPdf(model, SIZE);
  const { doc, width, text } = pdf;
  const left = width * 0.45;

  const top = MARGIN;
  text(model.issuer, MARGIN, top, left, "bold");
  const boardY = doc.y;
  text(FORM_TEXT.board, MARGIN, boardY, left, "bold");
  text(model.number, MARGIN + width - 120, top, 120, "bold", SIZE, "right");
  doc.y = Math.max(doc.y, boardY + 14) + 14;
  text(model.title, MARGIN, doc.y, width, "bold", 13);
  text(coverageText(model.coverage), MARGIN, doc.y + 2, width, "italic", 10);
  doc.y += 10;

  const xs = SHARES.reduce<number[]>((acc, s, i) => [...acc, acc[i]! + s * width], [MARGIN]);
  const cellHeight = (t: string, w: number, style: string) => doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD }) + 2 * PAD;
  const box = (x: number, y: number, w: number, h: number) => doc.rect(x, y, w, h).lineWidth(0.6).stroke();
  const cell = (t: string, i: number, y: number, h: number, style = "regular", align: "left" | "center" | "right" = "center", indent = 0) => {
    const w = xs[i + 1]! - xs[i]!;
    box(xs[i]!, y, w, h);
    const th = doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD - indent });
    doc.text(t, xs[i]! + PAD + indent, y + (h - th) / 2, { width: w - 2 * PAD - indent, align });
  };

  // Header: Tiêu chí and (%) span two rows; "Thực hiện" spans Kỳ này and Cùng kỳ năm trước.
  let y = doc.y;
  const h1 = cellHeight(FORM_TEXT.done, xs[3]! - xs[1]!, "bold");
  const h2 = Math.max(cellHeight(FORM_TEXT.previous, xs[3]! - xs[2]!, "bold"), cellHeight(FORM_TEXT.current, xs[2]! - xs[1]!, "bold"));
  const hp = Math.max(h1 + h2, cellHeight(FORM_TEXT.percent, xs[4]! - xs[3]!, "bold"));
  cell(FORM_TEXT.criterion, 0, y, hp, "bold");
  box(xs[1]!, y, xs[3]! - xs[1]!, h1);
  doc.font("bold").text(FORM_TEXT.done, xs[1]! + PAD, y + PAD, { width: xs[3]! - xs[1]! - 2 * PAD, align: "center" });
  cell(FORM_TEXT.current, 1, y + h1, hp - h1, "bold");
  cell(FORM_TEXT.previous, 2, y + h1, hp - h1, "bold");
  cell(FORM_TEXT.percent, 3, y, hp, "bold");
  y += hp;
  const hn = cellHeight("1", xs[1]! - xs[0]!, "italic");
  FORM_TEXT.numbering.forEach((n, i) => cell(n, i, y, hn, "italic"));
  y += hn;

  for (const [i, row] of model.rows.entries()) {
    const style = row.bold ? "bold" : "regular";
    const indent = row.indent * 12;
    const h = cellHeight(row.label, xs[1]! - xs[0]! - indent, style);
    // The last row goes over with the signatures rather than leave them alone on a page (Biểu 3 ends just short).
    const last = i === model.rows.length - 1;
    if (y + h + (last ? SIGNATURES : 0) > doc.page.height - MARGIN && !(last && y === MARGIN)) {
      doc.addPage();
      y = MARGIN;
    }
    cell(row.label, 0, y, h, style, "left", indent);
    cell(formCount(row.current), 1, y, h, style, "right");
    cell(formCount(row.previous), 2, y, h, style, "right");
    cell(row.heading ? "" : formPercent(row.percent), 3, y, h, style, row.percent === null ? "center" : "right");
    y += h;
  }

  return endWithSignatures(pdf, model, y, SIGNATURES, 12);
}
