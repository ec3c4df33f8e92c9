// From a file's cells to import rows: the header names the columns (any order; names and unit are ignored),
// every text cell is unescaped, blank lines are skipped. Pure.
import type { Locale } from "@/lib/i18n/locales";
import { COLUMNS, REQUIRED_COLUMNS, unescapeCell, type Column } from "./cells";

/** One data row of an import file, as read (not yet checked). */
export interface ImportRow {
  /** Row number in the file (the header is row 1), as a spreadsheet shows it. */
  row: number;
  committeeCode: string;
  elementCode: string;
  year: string;
  value: string;
  /** undefined: the file has no note column, so stored notes stay as they are. */
  note: string | undefined;
  /** The exported row's version token (cells.ts); undefined when the file has no version column (a hand-made file). */
  version?: string;
  /** How this row's value is written (decimal comma or point). */
  locale: Locale;
}

export type ColumnIndex = Partial<Record<Column, number>>;

export function readHeader(cells: string[]): { index: ColumnIndex; missing: Column[] } {
  const index: ColumnIndex = {};
  cells.forEach((cell, i) => {
    const name = unescapeCell(cell).trim().toLowerCase() as Column;
    if ((COLUMNS as readonly string[]).includes(name) && index[name] === undefined) index[name] = i;
  });
  return { index, missing: REQUIRED_COLUMNS.filter((c) => index[c] === undefined) };
}

/** A data row, or null for a blank line. `valueLocale` lets XLSX number cells be read as plain numbers. */
export function toImportRow(row: number, cells: string[], index: ColumnIndex, locale: Locale, valueLocale: Locale = locale): ImportRow | null {
  if (cells.every((c) => c.trim() === "")) return null;
  const cell = (c: Column) => (index[c] === undefined ? "" : unescapeCell(cells[index[c]!] ?? ""));
  return {
    row,
    committeeCode: cell("committee_code").trim(),
    elementCode: cell("element_code").trim(),
    year: cell("year").trim(),
    value: cell("value").trim(),
    note: index.note === undefined ? undefined : cell("note"),
    version: index.version === undefined ? undefined : cell("version").trim(),
    locale: valueLocale,
  };
}
