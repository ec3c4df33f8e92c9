// Reading an import file (CSV or XLSX) as a stream of rows, and writing an export (CSV or XLSX). Server and
// CLI only (exceljs, Node streams). Parsing streams: a file is never held twice in memory as text and rows.
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import { formatFigureInput } from "@/lib/figures/number";
import { formatNumber } from "@/lib/i18n/format";
import { COLUMNS, escapeCell, versionToken, type ExportRow } from "./cells";
import { CellTooLong, CSV_BOM, CsvReader, csvLine, MAX_CELL_CHARS, numberLocaleOf, SEPARATOR_OF } from "./csv";
import { readHeader, toImportRow, type ImportRow } from "./rows";
import { xlsxRows } from "./xlsx-stream";

export type FileFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type ReadOutcome =
  | { ok: true; rows: ImportRow[]; format: FileFormat }
  | { ok: false; key: "missingColumns" | "emptyFile" | "unreadable" | "tooManyRows" | "cellTooLong" | "cellTooLongAt"; params?: Record<string, string> };

export const formatOfName = (name: string): FileFormat => (/\.xlsx$/i.test(name) ? "xlsx" : "csv");

/** Thrown by the readers past `maxRows`: reading stops there, so a huge file is never held in memory. */
class TooManyRows extends Error {}

/**
 * Reads every data row of a file. CSV numbers follow the separator (`;` decimal comma, `,` point); XLSX number
 * cells are exact numbers and XLSX text cells are read in `locale` (the importer's language). More than
 * `maxRows` data rows: refused as soon as the next row is read.
 */
export async function readImportFile(
  source: AsyncIterable<Uint8Array>, format: FileFormat, locale: Locale, onRow?: (count: number) => void, maxRows = Infinity,
): Promise<ReadOutcome> {
  const push = (rows: ImportRow[], row: ImportRow) => {
    if (rows.length >= maxRows) throw new TooManyRows();
    rows.push(row);
  };
  try {
    return format === "xlsx" ? await readXlsx(source, locale, push, onRow) : await readCsv(source, push, onRow);
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, key: "tooManyRows", params: { max: formatNumber(maxRows, locale) } };
    if (error instanceof CellTooLong) return cellTooLong(error, locale);
    return { ok: false, key: "unreadable" };
  }
}

/** The refusal of a file with a cell no spreadsheet could have saved (on its line when it is a CSV). */
export function cellTooLong(error: CellTooLong, locale: Locale): ReadOutcome & { ok: false } {
  const max = formatNumber(MAX_CELL_CHARS, locale);
  return error.line > 0 ? { ok: false, key: "cellTooLongAt", params: { line: String(error.line), max } } : { ok: false, key: "cellTooLong", params: { max } };
}

type Push = (rows: ImportRow[], row: ImportRow) => void;

async function readCsv(source: AsyncIterable<Uint8Array>, push: Push, onRow?: (count: number) => void): Promise<ReadOutcome> {
  const reader = new CsvReader();
  const decoder = new TextDecoder("utf-8");
  const rows: ImportRow[] = [];
  let header: ReturnType<typeof readHeader> | null = null;
  let missing: string[] = [];
  const take = (records: { line: number; cells: string[] }[]) => {
    for (const r of records) {
      if (!header) {
        header = readHeader(r.cells);
        missing = header.missing;
        continue;
      }
      const row = toImportRow(r.line, r.cells, header.index, numberLocaleOf(reader.detected ?? ";"));
      if (row) push(rows, row);
    }
    onRow?.(rows.length);
  };
  for await (const chunk of source) {
    take(reader.push(decoder.decode(chunk, { stream: true })));
    if (missing.length) break;
  }
  if (!missing.length) take([...reader.push(decoder.decode()), ...reader.end()]);
  if (!header) return { ok: false, key: "emptyFile" };
  if (missing.length) return { ok: false, key: "missingColumns", params: { columns: missing.join(", ") } };
  return { ok: true, rows, format: "csv" };
}

/** A cell's text as the importer sees it; numbers in their shortest exact form ("0.1", never "0.1000000001"). */
export function cellText(value: ExcelJS.CellValue): { text: string; number: boolean } {
  if (value === null || value === undefined) return { text: "", number: false };
  if (typeof value === "number") return { text: String(value), number: true };
  if (typeof value === "string") return { text: value, number: false };
  if (typeof value === "boolean") return { text: String(value), number: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), number: false };
  if ("richText" in value) return { text: value.richText.map((r) => r.text).join(""), number: false };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { text: "", number: false } : cellText(result as ExcelJS.CellValue);
  }
  if ("text" in value) return { text: String((value as { text: unknown }).text), number: false };
  return { text: "", number: false };
}

async function readXlsx(source: AsyncIterable<Uint8Array>, locale: Locale, push: Push, onRow?: (count: number) => void): Promise<ReadOutcome> {
  const rows: ImportRow[] = [];
  let header: ReturnType<typeof readHeader> | null = null;
  for await (const row of xlsxRows(source)) {
    const cells = row.values.map(cellText);
    if (!header) {
      header = readHeader(cells.map((c) => c.text));
      if (header.missing.length) return { ok: false, key: "missingColumns", params: { columns: header.missing.join(", ") } };
      continue;
    }
    const valueIndex = header.index.value!;
    const numeric = cells[valueIndex]?.number ?? false;
    const parsed = toImportRow(row.number, cells.map((c) => c.text), header.index, locale, numeric ? "en" : locale);
    if (parsed) push(rows, parsed);
    if (rows.length % 1000 === 0) onRow?.(rows.length);
  }
  onRow?.(rows.length);
  if (!header) return { ok: false, key: "emptyFile" };
  return { ok: true, rows, format: "xlsx" };
}

function exportCells(r: ExportRow): string[] {
  return [escapeCell(r.committeeCode), escapeCell(r.committeeName), escapeCell(r.elementCode), escapeCell(r.elementName),
    escapeCell(r.unit), String(r.year), "", escapeCell(r.note), versionToken(r, r.version)];
}

/** CSV text of an export: BOM, CRLF, `;` and decimal comma in Vietnamese, `,` and point in English. */
export function renderCsv(rows: ExportRow[], locale: Locale): string {
  const separator = SEPARATOR_OF[locale];
  const parts = [CSV_BOM, csvLine([...COLUMNS], separator)];
  for (const r of rows) {
    const cells = exportCells(r);
    // Numbers without thousands separators, so every spreadsheet reads them as numbers in its language.
    cells[6] = r.value === null ? "" : formatFigureInput(r.value, locale).replaceAll(locale === "vi" ? "." : ",", "");
    parts.push(csvLine(cells, separator));
  }
  return parts.join("");
}

/** A value as an exact spreadsheet number, or null when a double cannot hold it (then it goes as text). */
function exactNumber(value: string): number | null {
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value ? n : null;
}

/** Writes an XLSX export to `stream` (streamed: a province's file never sits in memory whole). */
export async function writeXlsx(rows: ExportRow[], locale: Locale, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(locale === "vi" ? "So lieu" : "Figures", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((key) => ({ key, width: { committee_name: 40, element_name: 45, note: 30 }[key as string] ?? 16 }));
  const header = sheet.addRow([...COLUMNS]);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) {
    const cells: (string | number | null)[] = exportCells(r);
    cells[5] = r.year;
    if (r.note === "") cells[7] = null;
    cells[6] = r.value === null ? null : (exactNumber(r.value) ?? formatFigureInput(r.value, locale).replaceAll(locale === "vi" ? "." : ",", ""));
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
}

export function renderXlsx(rows: ExportRow[], locale: Locale): Promise<Buffer> {
  return bufferOf((stream) => writeXlsx(rows, locale, stream));
}

/** What `write` streams, as one buffer (a download answered whole). */
export async function bufferOf(write: (stream: Writable) => Promise<void>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on("end", resolve));
  await write(stream);
  await done;
  return Buffer.concat(chunks);
}
