// Biểu số 4-BTCTW as a workbook in the template's layout: issuer and "BAN TỔ CHỨC" top left, the form's number top
// right, the title with its year; the table in two panels side by side (A–E: the first half of the rows, F–J: the
// rest), each TT | Tên dân tộc, tôn giáo | Đảng viên chia theo dân tộc, tôn giáo: Tổng số, Trong đó: nữ | Tỷ lệ (%),
// numbered 1–5; a line on what column 5 divides by; then the place and date and the two signature blocks.
import { FORM_TEXT } from "./forms";
import { BORDER, CENTRE, FONT, formSheet, signatureRows } from "./layout";
import { coverageText, formCount } from "./model";
import { GROUPS_TEXT, panels, type GroupsFormModel, type GroupsFormRow } from "./groups-form";

const PANELS = ["ABCDE", "FGHIJ"] as const;

export async function renderGroupsFormXlsx(model: GroupsFormModel): Promise<Buffer> {
  const { workbook, sheet, put } = formSheet(model, [4.5, 23, 9, 9, 8.5, 4.5, 23, 9, 9, 8.5], true);
  sheet.mergeCells("A1:D1");
  put("A1", model.issuer, { bold: true });
  sheet.mergeCells("A2:D2");
  put("A2", FORM_TEXT.board, { bold: true, underline: true });
  sheet.mergeCells("H1:J1");
  put("H1", model.number, { bold: true });
  sheet.mergeCells("A4:J4");
  put("A4", model.title, { bold: true, size: 13 });
  sheet.mergeCells("A5:J5");
  put("A5", coverageText(model.coverage), { italic: true });

  for (const cols of PANELS) {
    const [tt, name, total, women, percent] = cols;
    for (const range of [`${tt}7:${tt}8`, `${name}7:${name}8`, `${total}7:${women}7`, `${percent}7:${percent}8`]) sheet.mergeCells(range);
    put(`${tt}7`, GROUPS_TEXT.number, { bold: true });
    put(`${name}7`, GROUPS_TEXT.name, { bold: true });
    put(`${total}7`, GROUPS_TEXT.members, { bold: true });
    put(`${total}8`, GROUPS_TEXT.total, { bold: true });
    put(`${women}8`, GROUPS_TEXT.women, { italic: true });
    put(`${percent}7`, GROUPS_TEXT.percent, { bold: true });
    GROUPS_TEXT.numbering.forEach((n, i) => put(`${cols[i]}9`, n, { italic: true }));
    for (const r of [7, 8, 9]) for (const c of cols) sheet.getCell(`${c}${r}`).border = BORDER;
  }
  sheet.getRow(7).height = 33;
  sheet.getRow(8).height = 30;

  const halves = panels(model.rows);
  halves.forEach((rows, p) => rows.forEach((row, i) => writeRow(sheet, put, PANELS[p]!, 10 + i, row)));
  // The shorter panel's empty rows keep their borders, so the table ends on one line.
  const length = Math.max(...halves.map((h) => h.length));
  halves.forEach((rows, p) => {
    for (let i = rows.length; i < length; i++) for (const c of PANELS[p]!) sheet.getCell(`${c}${10 + i}`).border = BORDER;
  });

  let at = 10 + length;
  if (model.members !== null) {
    sheet.mergeCells(`A${at}:J${at}`);
    put(`A${at}`, GROUPS_TEXT.percentNote(formCount(model.members)), { italic: true, size: 10 }, { horizontal: "left", vertical: "middle", wrapText: true });
    at++;
  }
  signatureRows(sheet, put, model, at + 1, "A:E", "F:J");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeRow(sheet: ReturnType<typeof formSheet>["sheet"], put: ReturnType<typeof formSheet>["put"], cols: string, at: number, row: GroupsFormRow) {
  const [tt, name, total, women, percent] = cols;
  put(`${tt}${at}`, row.number, { bold: row.heading }).border = BORDER;
  const label = put(`${name}${at}`, row.label, { bold: row.heading }, { horizontal: "left", vertical: "middle", wrapText: true });
  label.border = BORDER;
  if (row.heading) {
    sheet.mergeCells(`${name}${at}:${percent}${at}`);
    sheet.getRow(at).height = 18;
    return;
  }
  for (const [col, value, format] of [[total, row.total, "#,##0"], [women, row.women, "#,##0"], [percent, row.percent, "0.00"]] as const) {
    const cell = sheet.getCell(`${col}${at}`);
    cell.value = value;
    cell.numFmt = format;
    cell.font = { ...FONT, italic: col === women };
    cell.alignment = value === null ? CENTRE : { horizontal: "right", vertical: "middle" };
    cell.border = BORDER;
  }
}
