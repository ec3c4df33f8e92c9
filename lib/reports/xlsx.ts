// The review as a workbook: the results table exactly as the Word document prints it, and a second sheet with
// the yearly figures behind every target (value, expected, met, completeness) as numbers to recompute from.
import ExcelJS from "exceljs";
import { escapeFormula } from "./spreadsheet";
import type { ReportModel } from "./types";

const FONT = { name: "Times New Roman", size: 12 };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E5E4" } };

/** Every text written to a cell goes through here, so no text can reach a sheet as a formula. */
function text(value: string): string {
  return escapeFormula(value);
}

function headerRow(sheet: ExcelJS.Worksheet, labels: string[]) {
  const row = sheet.addRow(labels.map(text));
  row.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  return row;
}

function resultsSheet(workbook: ExcelJS.Workbook, model: ReportModel) {
  const sheet = workbook.addWorksheet(model.resultsSheet, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [6, 50, 18, 22, 13, 16, 40].map((width) => ({ width }));
  const title = (value: string, bold = true) => {
    const row = sheet.addRow([text(value)]);
    sheet.mergeCells(row.number, 1, row.number, 7);
    row.getCell(1).font = { ...FONT, bold };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = Math.max(18, Math.ceil(value.length / 110) * 18);
  };
  title(model.header.issuer);
  title(`${model.title}: ${model.subtitle}`);
  title(model.header.placeDate, false);
  title(`${model.summary}.`);
  sheet.addRow([]);
  const c = model.columns;
  const header = headerRow(sheet, [c.no, c.target, c.plan, c.result, c.percent, c.status, c.note]);
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  for (const r of model.rows) {
    const row = sheet.addRow([r.no, r.target, r.plan, r.result, r.percent, r.status, r.note].map(text));
    row.eachCell((cell, column) => {
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: column === 2 || column === 7 ? "left" : "center" };
    });
  }
}

function yearlySheet(workbook: ExcelJS.Workbook, model: ReportModel) {
  const sheet = workbook.addWorksheet(model.yearly.sheet);
  sheet.columns = [6, 50, 14, 8, 14, 14, 11, 14, 14].map((width) => ({ width }));
  headerRow(sheet, model.yearly.columns);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const y of model.yearly.rows) {
    // Numbers stay numbers (unrounded) so the sheet can be recomputed; only the display format rounds.
    const row = sheet.addRow([text(y.no), text(y.target), text(y.unit), y.year, y.value, y.expected, text(y.met), y.reporting, y.expectedUnits]);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: column === 2 };
      if (column === 5 || column === 6) cell.numFmt = "#,##0.00";
    });
  }
}

export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chỉ tiêu";
  workbook.title = `${model.title} ${model.subtitle}`;
  workbook.subject = model.committeeName;
  resultsSheet(workbook, model);
  yearlySheet(workbook, model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
