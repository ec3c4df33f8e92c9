// Biểu số 5-BTCTW as a workbook in the template's layout: issuer and "BAN TỔ CHỨC" top left, the form's number top
// right, the title with its year; a three-row header (Loại hình | Số tổ chức cơ sở đảng: Tổng số, chia ra Đảng bộ
// cơ sở, Chi bộ cơ sở | Tổ chức đảng trực thuộc Đảng bộ cơ sở: chia ra Đảng bộ bộ phận, Chi bộ trực thuộc | Tổng số
// đảng viên), numbered 1–7; then the place and date and the two signature blocks, as Biểu 1.
import { FORM_TEXT } from "./forms";
import { BORDER, FONT, formSheet, signatureRows } from "./layout";
import { TYPES_TEXT, type TypesFormModel } from "./types-form";

const COLS = "ABCDEFG";

export async function renderTypesFormXlsx(model: TypesFormModel): Promise<Buffer> {
  const { workbook, sheet, put } = formSheet(model, [46, 11, 12, 12, 12, 12, 14], true);
  put("A1", model.issuer, { bold: true });
  put("A2", FORM_TEXT.board, { bold: true, underline: true });
  sheet.mergeCells("F1:G1");
  put("F1", model.number, { bold: true });
  sheet.mergeCells("A4:G4");
  put("A4", model.title, { bold: true, size: 13 });
  sheet.getRow(4).height = 33;
  if (model.untyped > 0) {
    sheet.mergeCells("A5:G5");
    put("A5", TYPES_TEXT.untyped(model.untyped), { italic: true });
  }

  for (const range of ["A7:A9", "B7:D7", "E7:F7", "G7:G9", "B8:B9", "C8:D8", "E8:F8"]) sheet.mergeCells(range);
  put("A7", TYPES_TEXT.type, { bold: true });
  put("B7", TYPES_TEXT.grassroots, { bold: true });
  put("E7", TYPES_TEXT.below, { bold: true });
  put("G7", TYPES_TEXT.members, { bold: true });
  put("B8", TYPES_TEXT.total, { bold: true });
  put("C8", TYPES_TEXT.splitInto, { bold: true });
  put("E8", TYPES_TEXT.splitInto, { bold: true });
  TYPES_TEXT.columns.forEach((c, i) => put(`${"CDEF"[i]}9`, c, { bold: true }));
  TYPES_TEXT.numbering.forEach((n, i) => put(`${COLS[i]}10`, n, { bold: true }));
  sheet.getRow(7).height = 33;
  sheet.getRow(9).height = 33;
  for (const r of [7, 8, 9, 10]) for (const c of COLS) sheet.getCell(`${c}${r}`).border = BORDER;

  let at = 11;
  for (const row of model.rows) {
    const label = put(`A${at}`, row.label, { bold: row.bold, italic: row.italic }, { horizontal: "left", vertical: "middle", wrapText: true, indent: row.indent * 2 });
    // The template's own rows ("- Công ty Cổ phần") are no formula: print them as they are.
    label.value = row.label;
    label.border = BORDER;
    row.values.forEach((value, i) => {
      const cell = sheet.getCell(`${COLS[i + 1]}${at}`);
      cell.value = value;
      cell.numFmt = "#,##0";
      cell.font = { ...FONT, bold: row.bold };
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.border = BORDER;
    });
    at++;
  }

  signatureRows(sheet, put, model, at + 1, "A:B", "D:G");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
