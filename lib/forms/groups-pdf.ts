// Biểu số 4-BTCTW as a PDF with the workbook's layout (groups-xlsx.ts): A4 portrait, the two panels side by side on
// one page, in Tinos as the other forms.
import { FORM_TEXT } from "./forms";
import { endWithSignatures, formPdf, MARGIN } from "./layout";
import { coverageText, formCount, formPercent } from "./model";
import { GROUPS_TEXT, panels, type GroupsFormModel } from "./groups-form";

// Column shares of one panel: TT, Tên, Tổng số, Trong đó: nữ, Tỷ lệ (%); the two panels take half the width each.
const SHARES = [0.07, 0.37, 0.19, 0.19, 0.18];
const SIZE = 8.5;
const PAD = 2;

export function renderGroupsFormPdf(model: GroupsFormModel): Promise<Buffer> {
  const pdf = formPdf(model, SIZE);
  const { doc, width, text } = pdf;
  text(model.issuer, MARGIN, MARGIN, width * 0.45, "bold", 10);
  const boardY = doc.y;
  text(FORM_TEXT.board, MARGIN, boardY, width * 0.45, "bold", 10);
  text(model.number, MARGIN + width - 140, MARGIN, 140, "bold", 10, "right");
  doc.y = Math.max(doc.y, boardY + 12) + 8;
  text(model.title, MARGIN, doc.y, width, "bold", 12);
  text(coverageText(model.coverage), MARGIN, doc.y + 2, width, "italic", 9);
  doc.y += 6;

  const half = width / 2;
  const xsOf = (left: number) => SHARES.reduce<number[]>((acc, s, i) => [...acc, acc[i]! + s * half], [left]);
  const heightOf = (t: string, w: number, style: string) => doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD }) + 2 * PAD;
  const cell = (xs: number[], t: string, from: number, to: number, y: number, h: number, style = "regular", align: "left" | "center" | "right" = "center") => {
    const w = xs[to]! - xs[from]!;
    doc.rect(xs[from]!, y, w, h).lineWidth(0.5).stroke();
    const th = doc.font(style).fontSize(SIZE).heightOfString(t, { width: w - 2 * PAD });
    doc.text(t, xs[from]! + PAD, y + (h - th) / 2, { width: w - 2 * PAD, align });
  };

  const top = doc.y;
  const [left, right] = panels(model.rows);
  // One height for every row, so the two panels' rows line up as one table.
  const probe = xsOf(MARGIN);
  const rowHeight = Math.max(...model.rows.map((r) => r.heading ? heightOf(r.label, probe[5]! - probe[1]!, "bold") : heightOf(r.label, probe[2]! - probe[1]!, "regular")));
  let bottom = top;
  for (const [p, rows] of [left, right].entries()) {
    const xs = xsOf(MARGIN + p * half);
    let y = top;
    const h1 = heightOf(GROUPS_TEXT.members, xs[4]! - xs[2]!, "bold");
    const h2 = Math.max(heightOf(GROUPS_TEXT.women, xs[4]! - xs[3]!, "italic"), heightOf(GROUPS_TEXT.total, xs[3]! - xs[2]!, "bold"));
    const all = Math.max(h1 + h2, heightOf(GROUPS_TEXT.name, xs[2]! - xs[1]!, "bold"), heightOf(GROUPS_TEXT.percent, xs[5]! - xs[4]!, "bold"));
    cell(xs, GROUPS_TEXT.number, 0, 1, y, all, "bold");
    cell(xs, GROUPS_TEXT.name, 1, 2, y, all, "bold");
    cell(xs, GROUPS_TEXT.members, 2, 4, y, all - h2, "bold");
    cell(xs, GROUPS_TEXT.total, 2, 3, y + all - h2, h2, "bold");
    cell(xs, GROUPS_TEXT.women, 3, 4, y + all - h2, h2, "italic");
    cell(xs, GROUPS_TEXT.percent, 4, 5, y, all, "bold");
    y += all;
    const hn = heightOf("1", xs[1]! - xs[0]!, "italic");
    GROUPS_TEXT.numbering.forEach((n, i) => cell(xs, n, i, i + 1, y, hn, "italic"));
    y += hn;
    for (const row of rows) {
      const style = row.heading ? "bold" : "regular";
      const h = rowHeight;
      cell(xs, row.number, 0, 1, y, h, style);
      if (row.heading) cell(xs, row.label, 1, 5, y, h, style, "left");
      else {
        cell(xs, row.label, 1, 2, y, h, style, "left");
        cell(xs, formCount(row.total), 2, 3, y, h, style, "right");
        cell(xs, formCount(row.women), 3, 4, y, h, "italic", "right");
        cell(xs, row.percent === null ? "" : formPercent(row.percent), 4, 5, y, h, style, "right");
      }
      y += h;
    }
    bottom = Math.max(bottom, y);
  }
  if (model.members !== null) text(GROUPS_TEXT.percentNote(formCount(model.members)), MARGIN, bottom + 3, width, "italic", 8, "left");
  return endWithSignatures(pdf, model, Math.max(bottom, doc.y), 70, 6);
}
