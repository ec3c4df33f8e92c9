// What every statistical form's files share, whatever its table: the heading fields of the model, the workbook's
// page and cell writer, and the place, date and two signature blocks at the foot (NGƯỜI LẬP BIỂU, TRƯỞNG BAN), in the
// workbook and in the PDF.
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { reportFonts } from "@/lib/reports/fonts";
import { escapeFormula } from "@/lib/reports/spreadsheet";
import { FORM_TEXT, type StatForm } from "./forms";

/** The fields every form's model has: what it is, for whom, and the heading and foot of its page. */
export interface FormHeading {
  form: StatForm;
  committeeCode: string;
  year: number;
  /** "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH": the committee whose organization board files the form. */
  issuer: string;
  /** "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2025". */
  title: string;
  /** "Biểu số 1-BTCTW". */
  number: string;
  /** "An Phú, ngày 06 tháng 12 năm 2026". */
  placeAndDate: string;
  fileBase: string;
}

export const FONT = { name: "Times New Roman", size: 12 };
export const BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
export const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

export type Put = (address: string, value: string, font?: Partial<ExcelJS.Font>, alignment?: Partial<ExcelJS.Alignment>) => ExcelJS.Cell;

/** A workbook of one A4 portrait sheet named by the form, its column widths, and a writer of escaped, styled text. */
export function formSheet(model: FormHeading, widths: number[], onePage: boolean) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(model.form.number, { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: onePage ? 1 : 0 } });
  sheet.columns = widths.map((width) => ({ width }));
  const put: Put = (address, value, font = {}, alignment = CENTRE) => {
    const cell = sheet.getCell(address);
    cell.value = escapeFormula(value);
    cell.font = { ...FONT, ...font };
    cell.alignment = alignment;
    return cell;
  };
  return { workbook, sheet, put };
}

/** The place and date, then the two signature blocks, from row `at`: the preparer's in `left`, the head's in `right` ("A:B"). */
export function signatureRows(sheet: ExcelJS.Worksheet, put: Put, model: FormHeading, at: number, left: string, right: string): void {
  const [l1, l2] = left.split(":");
  const [r1, r2] = right.split(":");
  const span = (from: string, to: string | undefined, row: number) => { if (to && to !== from) sheet.mergeCells(`${from}${row}:${to}${row}`); };
  span(r1!, r2, at);
  put(`${r1}${at}`, model.placeAndDate, { italic: true });
  for (const [row, preparer, head, font] of [[at + 1, FORM_TEXT.preparer, FORM_TEXT.head, { bold: true }], [at + 2, FORM_TEXT.preparerHint, FORM_TEXT.headHint, { italic: true }]] as const) {
    span(l1!, l2, row);
    put(`${l1}${row}`, preparer, font);
    span(r1!, r2, row);
    put(`${r1}${row}`, head, font);
  }
  sheet.getRow(at + 2).height = 33;
}

export const MM = 72 / 25.4;
export const MARGIN = 15 * MM;
type Align = "left" | "center" | "right";

/** An A4 PDF in Tinos (every Vietnamese letter), with a text writer at the given size; `done` resolves when it ends. */
export function formPdf(model: FormHeading, size: number) {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `${model.number} ${model.title}` } });
  for (const [style, data] of Object.entries(reportFonts())) doc.registerFont(style, data);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const text = (t: string, x: number, y: number, w: number, style = "regular", fontSize = size, align: Align = "center") =>
    doc.font(style).fontSize(fontSize).text(t, x, y, { width: w, align });
  return { doc, done, width, text };
}

/** The PDF's foot below `y` (a new page when less than `room` is left), then the end of the document. */
export function endWithSignatures(pdf: ReturnType<typeof formPdf>, model: FormHeading, y: number, room: number, gap: number): Promise<Buffer> {
  const { doc, text, width } = pdf;
  if (y + room > doc.page.height - MARGIN) {
    doc.addPage();
    y = MARGIN;
  }
  const half = width / 2;
  text(model.placeAndDate, MARGIN + half, y + gap, half, "italic");
  const signY = doc.y + 4;
  text(FORM_TEXT.preparer, MARGIN, signY, half, "bold");
  text(FORM_TEXT.preparerHint, MARGIN + 10, doc.y, half - 20, "italic", 10);
  text(FORM_TEXT.head, MARGIN + half, signY, half, "bold");
  text(FORM_TEXT.headHint, MARGIN + half + 10, doc.y, half - 20, "italic", 10);
  doc.end();
  return pdf.done;
}
