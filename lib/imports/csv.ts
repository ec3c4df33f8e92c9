// CSV as Vietnamese and English Excel read and write it. Pure (no Node APIs), so the CLI streams files through
// it and tests run it in memory.
//
// Written: UTF-8 with a BOM (Excel reads the diacritics right only with it), CRLF, and the separator of the
// language: Vietnamese `;` with a decimal comma ("12,5"), English `,` with a decimal point ("12.5"); no
// thousands separators. Read: a BOM is skipped, CRLF / LF / CR all end a row, and the separator is detected
// from the header row, which also decides how numbers are read (`;` → decimal comma, `,` or tab → point).
import type { Locale } from "@/lib/i18n/locales";

export type Separator = ";" | "," | "\t";

export const SEPARATOR_OF: Record<Locale, Separator> = { vi: ";", en: "," };

const BOM = "\ufeff";

function quote(cell: string, separator: Separator): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLine(cells: string[], separator: Separator): string {
  return `${cells.map((c) => quote(c, separator)).join(separator)}\r\n`;
}

export const CSV_BOM = BOM;

/** The separator the header line uses most, outside quotes. */
export function detectSeparator(headerLine: string): Separator {
  const counts: Record<Separator, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ";" || ch === "," || ch === "\t")) counts[ch]++;
  }
  return ([";", ",", "\t"] as const).reduce((best, s) => (counts[s] > counts[best] ? s : best), ";" as Separator);
}

/** How a file's numbers are written, from its separator. */
export const numberLocaleOf = (separator: Separator): Locale => (separator === ";" ? "vi" : "en");

/** Excel's own limit on a cell's text: a longer cell (or a header line longer than a row of them) was not saved by a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;
const MAX_HEADER_CHARS = 64 * MAX_CELL_CHARS;

/**
 * Thrown at the first cell longer than MAX_CELL_CHARS. Reading stops there: a hostile one-line upload of 20 MB
 * would otherwise be built up character by character (hundreds of MB of heap, seconds of CPU) before any check.
 */
export class CellTooLong extends Error {
  constructor(readonly line: number) {
    super(`cell too long on line ${line}`);
  }
}

/**
 * An incremental CSV reader (RFC 4180 quoting): push text chunks, get complete records with their 1-based line
 * numbers as they finish. A quoted cell may span lines; the record keeps the number of its first line.
 */
export class CsvReader {
  private separator: Separator | null = null;
  private buffer = "";
  private cell = "";
  private record: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;

  get detected(): Separator | null {
    return this.separator;
  }

  push(chunk: string): { line: number; cells: string[] }[] {
    let text = this.buffer + chunk;
    this.buffer = "";
    if (!this.started) {
      if (text.startsWith(BOM)) text = text.slice(1);
      if (text.length === 0) return [];
      this.started = true;
    }
    if (this.separator === null) {
      const end = text.search(/[\r\n]/);
      if (end < 0) {
        if (text.length > MAX_HEADER_CHARS) throw new CellTooLong(1);
        this.buffer = text;
        return [];
      }
      this.separator = detectSeparator(text.slice(0, end));
    }
    return this.consume(text);
  }

  end(): { line: number; cells: string[] }[] {
    let text = this.buffer;
    this.buffer = "";
    if (!this.started) {
      if (text.startsWith(BOM)) text = text.slice(1);
      this.started = true;
    }
    if (this.separator === null) {
      if (text === "") return [];
      this.separator = detectSeparator(text.split(/[\r\n]/)[0]!);
    }
    const out = this.consume(text);
    if (this.quoted && this.buffer === '"') {
      // The file ends with the closing quote of its last cell.
      this.buffer = "";
      this.quoted = false;
      this.afterQuote = true;
    }
    if (this.cell !== "" || this.record.length > 0 || this.afterQuote) out.push(this.finish());
    return out;
  }

  private finish() {
    this.record.push(this.cell);
    const done = { line: this.recordLine, cells: this.record };
    this.record = [];
    this.cell = "";
    this.afterQuote = false;
    return done;
  }

  private consume(text: string): { line: number; cells: string[] }[] {
    const out: { line: number; cells: string[] }[] = [];
    const sep = this.separator!;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === "\n") continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 >= text.length) {
            // Cannot tell "" from a closing quote yet: wait for the next chunk.
            this.buffer = text.slice(i);
            return out;
          }
          if (text[i + 1] === '"') {
            this.cell += '"';
            i++;
          } else {
            this.quoted = false;
            this.afterQuote = true;
          }
        } else {
          if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) this.line++;
          this.add(ch);
        }
        continue;
      }
      if (ch === '"' && this.cell === "" && !this.afterQuote) {
        this.quoted = true;
      } else if (ch === sep) {
        this.record.push(this.cell);
        this.cell = "";
        this.afterQuote = false;
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r") this.pendingCr = true;
        out.push(this.finish());
        this.line++;
        this.recordLine = this.line;
      } else {
        this.add(ch);
      }
    }
    return out;
  }

  private add(ch: string) {
    if (this.cell.length >= MAX_CELL_CHARS) throw new CellTooLong(this.recordLine);
    this.cell += ch;
  }
}

/** A whole CSV text → records (tests and small files). */
export function parseCsv(text: string): { separator: Separator; records: { line: number; cells: string[] }[] } {
  const reader = new CsvReader();
  const records = [...reader.push(text), ...reader.end()];
  return { separator: reader.detected ?? ";", records };
}
