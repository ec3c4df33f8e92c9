// The rows of an XLSX file's first worksheet, read as a stream (a province's year never sits in memory whole).
// ExcelJS's streaming reader decodes each zip chunk as UTF-8 on its own (exceljs/lib/utils/parse-sax.js, open
// upstream as exceljs#2084 and #2316), so a Vietnamese letter split across two chunks came back as "Chi b��� thôn 2".
// Here the reader's two text inputs (the shared strings and each worksheet) reach it already decoded, with the
// bytes of a split letter kept for the next chunk; ExcelJS passes text through unchanged (browser-buffer-decode.js).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CellTooLong, MAX_CELL_CHARS } from "./csv";

// A cell's text as XML: each character at most 6 ("&quot;"), plus the tags of a rich-text run around it.
const MAX_TEXT_RUN = 6 * MAX_CELL_CHARS + 4096;

/** The reader's internals this wraps (exceljs 4.4.0, pinned; tests/unit files.test.ts catches a change). */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Uint8Array | string>, sheetNo: string): Generator<unknown>;
}

/**
 * The XML's text decoded across chunk boundaries. A run of text with no tag in it longer than a cell can hold (a
 * compressed file can unpack a gigabyte-long "cell") stops the reading before the parser holds it in memory.
 */
async function* decoded(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let sinceTag = 0;
  const checked = (text: string) => {
    const tag = text.lastIndexOf("<");
    sinceTag = tag < 0 ? sinceTag + text.length : text.length - tag;
    if (sinceTag > MAX_TEXT_RUN) throw new CellTooLong(0);
    return text;
  };
  for await (const chunk of chunks) yield checked(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest) yield checked(rest);
}

export interface XlsxRow {
  /** The row's number as a spreadsheet shows it (the header is 1). */
  number: number;
  values: ExcelJS.CellValue[];
}

/** The first worksheet's rows, in order, each with its cells from column A. */
export async function* xlsxRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<XlsxRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), {
    sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "emit",
  });
  const internals = reader as unknown as ReaderInternals;
  const sharedStrings = internals._parseSharedStrings.bind(reader);
  const worksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => sharedStrings(Readable.from(decoded(entry)));
  internals._parseWorksheet = (iterator, sheetNo) => worksheet(decoded(iterator), sheetNo);
  for await (const sheet of reader) {
    // The first worksheet only: a template has one.
    for await (const row of sheet) yield { number: row.number, values: (row.values as ExcelJS.CellValue[]).slice(1) };
    break;
  }
}
