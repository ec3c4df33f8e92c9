// Small tabular files of the set-up imports (accounts, a resolution with its targets): read whole, each sheet as a
// header and rows of text cells (a spreadsheet number kept as a number), and written back in the same shape.
// The figures import streams instead (files.ts): its files are a province's year, these a few thousand rows.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import { escapeCell, unescapeCell } from "./cells";
import { CSV_BOM, csvLine, numberLocaleOf, parseCsv, SEPARATOR_OF } from "./csv";
import { cellText, type FileFormat } from "./files";

export interface TableCell {
  text: string;
  /** A spreadsheet number cell: its text is the exact number with a decimal point. */
  number: boolean;
}

export interface TableRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  cells: TableCell[];
}

export interface Sheet {
  name: string;
  header: string[];
  rows: TableRow[];
  /** How the sheet's text numbers are written: a `;` CSV with a decimal comma, a `,` CSV with a point; XLSX: the reader's language. */
  numberLocale: Locale | null;
}

const blank = (cells: TableCell[]) => cells.every((c) => c.text.trim() === "");

/** Every sheet of a file (a CSV is one), blank rows left out; null when it cannot be read as that format. */
export async function readSheets(bytes: Uint8Array, format: FileFormat): Promise<Sheet[] | null> {
  try {
    if (format === "csv") {
      const { separator, records } = parseCsv(new TextDecoder("utf-8").decode(bytes));
      const [head, ...rest] = records;
      if (!head) return [];
      const rows = rest.map((r) => ({ row: r.line, cells: r.cells.map((c) => ({ text: unescapeCell(c), number: false })) })).filter((r) => !blank(r.cells));
      return [{ name: "csv", header: head.cells.map((c) => unescapeCell(c).trim()), rows, numberLocale: numberLocaleOf(separator) }];
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return workbook.worksheets.map((sheet) => {
      const rows: TableRow[] = [];
      let header: string[] | null = null;
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        const cells = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => {
          const c = cellText(v);
          return { text: c.number ? c.text : unescapeCell(c.text), number: c.number };
        });
        if (header === null) header = cells.map((c) => c.text.trim());
        else if (!blank(cells)) rows.push({ row: number, cells });
      });
      return { name: sheet.name, header: header ?? [], rows, numberLocale: null };
    });
  } catch {
    return null;
  }
}

export type OutCell = string | number | null;

export interface OutSheet {
  name: string;
  header: readonly string[];
  rows: OutCell[][];
}

const escaped = (cell: OutCell) => (typeof cell === "string" ? escapeCell(cell) : cell);

/** A CSV in the language's way (BOM, CRLF, `;` and decimal comma in Vietnamese); numbers without thousands separators. */
export function writeCsv(sheet: OutSheet, locale: Locale): Buffer {
  const separator = SEPARATOR_OF[locale];
  const text = (cell: OutCell) => (cell === null ? "" : typeof cell === "number" ? (locale === "vi" ? String(cell).replace(".", ",") : String(cell)) : escapeCell(cell));
  return Buffer.from(CSV_BOM + [csvLine([...sheet.header], separator), ...sheet.rows.map((r) => csvLine(r.map(text), separator))].join(""), "utf8");
}

/** An XLSX of the sheets, header rows bold and frozen; text cells escaped against formulas. */
export async function writeXlsxSheets(sheets: OutSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = s.header.map((key) => ({ key, width: Math.max(12, key.length + 4) }));
    sheet.addRow([...s.header]).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r.map(escaped));
  }
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  await workbook.xlsx.write(stream);
  stream.end();
  return Buffer.concat(chunks);
}

/** The header's columns by name (case-insensitive), and the names that are not among `known`. */
export function readColumns<C extends string>(header: string[], known: readonly C[]) {
  const index: Partial<Record<C, number>> = {};
  const unknown: { column: string; position: number }[] = [];
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (name === "") return;
    if ((known as readonly string[]).includes(name) && index[name as C] === undefined) index[name as C] = i;
    else unknown.push({ column: cell.trim(), position: i });
  });
  return { index, unknown };
}

/** One finding of a set-up import: row (1 the header, 0 the file), column as the file names it, message key under `fileImport`. */
export interface FileIssue {
  row: number;
  column: string;
  key: string;
  values?: Record<string, string | number>;
}
