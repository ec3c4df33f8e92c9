// A statistical form as a workbook in the official layout (btctw-forms.md): issuer and "BAN TỔ CHỨC" top left,
// "Biểu số N-BTCTW" top right, the title with its period, the table Tiêu chí | Kỳ này | Cùng kỳ năm trước | (%),
// numbered 1–4, then the place and date and the two signature blocks. Numbers are numbers (formatted "#,##0",
// which a Vietnamese Excel shows as 4.850), so the sheet can be summed again.
import { FORM_TEXT } from "./forms";
import { BORDER, FONT, formSheet, signatureRows } from "./layout";
import { coverageText, type StatFormModel } from "./model";

export const isBullet = (text: string) => /^[-+] \p{L}/u.test(text) && !/[=@!$&"'\t\r\n]|[\p{L}\p{N}_.]\(/u.test(text);
// About how many characters of Times New Roman 12 fit on one line of the criterion column (width 56).
const LABEL_CHARS = 62;

export async function renderStatFormXlsx(model: StatFormModel): Promise<Buffer> {
  const { workbook, sheet, put } = formSheet(model, [56, 14, 16, 20], false);
  put("A1", model.issuer, { bold: true });
  put("A2", FORM_TEXT.board, { bold: true, underline: true });
  put("D1", model.number, { bold: true });
  sheet.mergeCells("A4:D4");
  put("A4", model.title, { bold: true, size: 13 });
  sheet.mergeCells("A5:D5");
  put("A5", coverageText(model.coverage), { italic: true });

  sheet.mergeCells("A7:A8");
  sheet.mergeCells("B7:C7");
  sheet.mergeCells("D7:D8");
  put("A7", FORM_TEXT.criterion, { bold: true });
  put("B7", FORM_TEXT.done, { bold: true });
  put("B8", FORM_TEXT.current, { bold: true });
  put("C8", FORM_TEXT.previous, { bold: true });
  put("D7", FORM_TEXT.percent, { bold: true });
  FORM_TEXT.numbering.forEach((n, i) => put(`${"ABCD"[i]}9`, n, { italic: true }));
  sheet.getRow(7).height = 33;
  sheet.getRow(8).height = 33;
  for (const r of [7, 8, 9]) for (const c of "ABCD") sheet.getCell(`${c}${r}`).border = BORDER;

  let at = 10;
  for (const row of model.rows) {
    const label = put(`A${at}`, row.label, { bold: row.bold }, { vertical: "middle", wrapText: true, indent: row.indent * 2 });
    // The form's own bullets ("- Dân tộc thiểu số", "+ Người lãnh đạo…") print as the template has them: a bullet,
    // a space and words without a function call is no formula in any spreadsheet; anything else stays escaped.
    if (isBullet(row.label)) label.value = row.label;
    // Spreadsheets do not grow a row for wrapped text on their own (LibreOffice's conversion to PDF overlaps it).
    const lines = Math.ceil((row.label.length + row.indent * 4) / LABEL_CHARS);
    if (lines > 1) sheet.getRow(at).height = 16 * lines;
    label.border = BORDER;
    [row.current, row.previous].forEach((value, i) => {
      const cell = sheet.getCell(`${"BC"[i]}${at}`);
      cell.value = value;
      cell.numFmt = "#,##0";
      cell.font = { ...FONT, bold: row.bold };
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.border = BORDER;
    });
    const percent = sheet.getCell(`D${at}`);
    // A heading has no numbers, not a missing comparison.
    percent.value = row.heading ? null : (row.percent ?? "-");
    if (row.percent !== null) percent.numFmt = "0.00";
    percent.font = { ...FONT, bold: row.bold };
    percent.alignment = { horizontal: row.percent === null ? "center" : "right", vertical: "middle" };
    percent.border = BORDER;
    at++;
  }

  signatureRows(sheet, put, model, at + 1, "A:A", "C:D");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
