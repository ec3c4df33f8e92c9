// The records of an uploaded CSV or XLSX file as text cells, for imports whose rows are not figures (the committee
// tree). CSV: the separator is detected from the header (lib/imports/csv.ts); XLSX: the first worksheet, each cell
// as the figure import reads it (cellText). CSV streams: reading stops past `maxRows`.
import ExcelJS from "exceljs";
import { CsvReader } from "./csv";
import { cellText, type FileFormat } from "./files";

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
  // Not ExcelJS's streaming reader: it decodes each zip chunk as text on its own, so a Vietnamese letter split
  // across two chunks came back as "Chi b��� thôn 2" (exceljs/lib/utils/parse-sax.js). The upload is capped in
  // size (MAX_UPLOAD_MB), and the whole workbook is read at once.
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  sheet?.eachRow((row) => push({ line: row.number, cells: (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).text) }));
  return records;
}
