// The records of an uploaded CSV or XLSX file as text cells, for imports whose rows are not figures (the committee
// tree). CSV: the separator is detected from the header (lib/imports/csv.ts); XLSX: the first worksheet, each cell
// as the figure import reads it (cellText). Both stream: reading stops past `maxRows`.
import { CsvReader } from "./csv";
import { cellText, type FileFormat } from "./files";
import { xlsxRows } from "./xlsx-stream";

export interface FileRecord {
  /** Line (CSV) or row (XLSX) number, as a spreadsheet shows it; the header is 1. */
  line: number;
  cells: string[];
}

export class TooManyRecords extends Error {}

export async function readRecords(source: AsyncIterable<Uint8Array>, format: FileFormat, maxRows = Infinity): Promise<FileRecord[]> {
  const records: FileRecord[] = [];
  const push = (r: FileRecord) => {
    if (r.cells.every((c) => c.trim() === "")) return;
    if (records.length > maxRows) throw new TooManyRecords();
    records.push(r);
  };
  if (format === "csv") {
    const reader = new CsvReader();
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of source) reader.push(decoder.decode(chunk, { stream: true })).forEach(push);
    [...reader.push(decoder.decode()), ...reader.end()].forEach(push);
    return records;
  }
  for await (const row of xlsxRows(source)) push({ line: row.number, cells: row.values.map((v) => cellText(v).text) });
  return records;
}
