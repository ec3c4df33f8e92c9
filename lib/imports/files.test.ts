import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readVersionToken, versionToken, type ExportRow } from "./cells";
import { readImportFile, renderCsv, renderXlsx } from "./files";

const ROWS: ExportRow[] = [
  { committeeCode: "AP-CQD-01-1", committeeName: "Chi bộ Phòng Tổng hợp", elementCode: "RECORDS_TOTAL", elementName: "Hồ sơ công việc phát sinh",
    unit: "hồ sơ", year: 2027, value: "1234.5678", note: "=1+1", version: 3 },
  { committeeCode: "AP-CQD-01-1", committeeName: "Chi bộ Phòng Tổng hợp", elementCode: "MEMBERS_TOTAL", elementName: "Tổng số đảng viên cuối năm",
    unit: "đảng viên", year: 2027, value: "12345678901234.5678", note: "@cmd|' /C calc'!A0", version: 1 },
  { committeeCode: "AP-CQD-01-1", committeeName: "Chi bộ Phòng Tổng hợp", elementCode: "MEMBERS_ADMITTED", elementName: "Đảng viên mới được kết nạp",
    unit: "đảng viên", year: 2027, value: null, note: "", version: 0 },
];

async function* once(data: Buffer) {
  yield data;
}

describe("XLSX export", () => {
  it("writes formula-looking text as escaped text (never a formula), numbers as exact numbers, and reads back the same rows", async () => {
    const file = await renderXlsx(ROWS, "vi");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "committee_code", "committee_name", "element_code", "element_name", "unit", "year", "value", "note", "version"]);
    expect(sheet.getCell("H2").value).toBe("'=1+1");
    expect(sheet.getCell("H2").formula).toBeUndefined();
    expect(sheet.getCell("H3").value).toBe("'@cmd|' /C calc'!A0");
    expect(sheet.getCell("G2").value).toBe(1234.5678);
    // Beyond what a double holds exactly: text, in the file's language, never rounded.
    expect(sheet.getCell("G3").value).toBe("12345678901234,5678");
    const read = await readImportFile(once(file), "xlsx", "vi");
    expect(read.ok && read.rows.map((r) => [r.row, r.value, r.note, r.locale])).toEqual([
      [2, "1234.5678", "=1+1", "en"], [3, "12345678901234,5678", "@cmd|' /C calc'!A0", "vi"], [4, "", "", "vi"],
    ]);
    // Each row carries the version it was exported at, checked against its own key.
    const tokens = read.ok ? read.rows.map((r) => r.version!) : [];
    expect(tokens.map((token, i) => readVersionToken(token, ROWS[i]!))).toEqual([3, 1, 0]);
    // Moved onto another row (sorted, copied, retyped), a token is not taken for that row's.
    expect(readVersionToken(tokens[0]!, ROWS[1]!)).toBe("invalid");
    expect(readVersionToken("v3-zzzzzz", ROWS[0]!)).toBe("invalid");
    expect(readVersionToken(" ", ROWS[0]!)).toBeNull();
  });

  it("writes CSV with the same escaping", () => {
    const csv = renderCsv(ROWS, "en");
    expect(csv).toContain(`,2027,1234.5678,'=1+1,${versionToken(ROWS[0]!, 3)}\r\n`);
    expect(csv).toContain(`,2027,12345678901234.5678,'@cmd|' /C calc'!A0,${versionToken(ROWS[1]!, 1)}\r\n`);
  });
});

describe("the row limit of an upload", () => {
  const csv = (rows: number) => Buffer.from(["committee_code;element_code;year;value",
    ...Array.from({ length: rows }, (_, i) => `AP-CQD-01-1;MEMBERS_TOTAL;${2000 + i};${i}`)].join("\n"));

  it("reads a file of exactly the limit and refuses one row more, saying the limit in the importer's language", async () => {
    const at = await readImportFile(once(csv(1200)), "csv", "vi", undefined, 1200);
    expect(at.ok && at.rows.length).toBe(1200);
    expect(await readImportFile(once(csv(1201)), "csv", "vi", undefined, 1200)).toEqual({ ok: false, key: "tooManyRows", params: { max: "1.200" } });
    expect(await readImportFile(once(csv(1201)), "csv", "en", undefined, 1200)).toEqual({ ok: false, key: "tooManyRows", params: { max: "1,200" } });
  });

  it("counts XLSX rows the same way", async () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({ ...ROWS[0]!, year: 2026 + i }));
    const file = await renderXlsx(rows, "vi");
    expect((await readImportFile(once(file), "xlsx", "vi", undefined, 3)).ok).toBe(true);
    expect(await readImportFile(once(file), "xlsx", "vi", undefined, 2)).toEqual({ ok: false, key: "tooManyRows", params: { max: "2" } });
  });
});

describe("Vietnamese text in a large XLSX", () => {
  // Every letter of the notes is 2 or 3 bytes in UTF-8, and the file is far beyond one 16 KB zip chunk, so letters
  // fall across chunk boundaries. ExcelJS's streaming reader decoded each chunk on its own ("Chi b��� thôn 2").
  const NOTES = Array.from({ length: 3000 }, (_, i) => `Ghi chú số ${i}: đồng chí Nguyễn Thị Hường được kết nạp ở thôn Đồng Xoài ${"ữ".repeat(i % 7)}`);

  async function workbook(sharedStrings: boolean): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Số liệu");
    sheet.addRow(["committee_code", "element_code", "year", "value", "note"]);
    NOTES.forEach((note, i) => sheet.addRow(["AP-CQD-01-1", "MEMBERS_TOTAL", 2000 + (i % 30), i, note]));
    if (sharedStrings) return Buffer.from(await book.xlsx.writeBuffer({ useSharedStrings: true } as ExcelJS.XlsxWriteOptions));
    const stream = new (await import("node:stream")).PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
    const out = writer.addWorksheet("Số liệu");
    sheet.eachRow((row) => out.addRow((row.values as ExcelJS.CellValue[]).slice(1)).commit());
    out.commit();
    await writer.commit();
    return Buffer.concat(chunks);
  }

  // Handed over in small pieces, as an upload arrives.
  async function* pieces(data: Buffer) {
    for (let at = 0; at < data.length; at += 1000) yield data.subarray(at, at + 1000);
  }

  for (const [name, shared] of [["as inline text (our export)", false], ["as shared strings (Excel, LibreOffice)", true]] as const) {
    it(`reads every note exactly, ${name}`, async () => {
      const file = await workbook(shared);
      expect(file.length).toBeGreaterThan(64 * 1024);
      const read = await readImportFile(pieces(file), "xlsx", "vi");
      expect(read.ok && read.rows.length).toBe(NOTES.length);
      const notes = read.ok ? read.rows.map((r) => r.note) : [];
      expect(notes.filter((n) => n?.includes("\uFFFD"))).toEqual([]);
      expect(notes).toEqual(NOTES);
    });
  }
});

describe("a cell no spreadsheet could hold (Excel keeps at most 32,767 characters)", () => {
  /** Hands `data` over in 64 KB pieces, counting how many the reader asked for before it answered. */
  function counted(data: Buffer) {
    const seen = { pieces: 0 };
    async function* pieces() {
      for (let at = 0; at < data.length; at += 65_536) {
        seen.pieces++;
        yield data.subarray(at, at + 65_536);
      }
    }
    return { seen, pieces: pieces(), total: Math.ceil(data.length / 65_536) };
  }

  it("refuses a 10.5 MB one-line CSV on line 1, having read only its first pieces", async () => {
    const file = counted(Buffer.from(`committee_code;${"x".repeat(10.5 * 1024 * 1024)}`));
    expect(await readImportFile(file.pieces, "csv", "vi")).toEqual({ ok: false, key: "cellTooLongAt", params: { line: "1", max: "32.767" } });
    expect(file.total).toBe(169);
    expect(file.seen.pieces).toBeLessThan(40);
  });

  it("refuses a huge quoted cell on the line it starts, and reads a cell of exactly the limit", async () => {
    const header = "committee_code;element_code;year;value;note\n";
    const row = (note: string) => `AP-CQD-01-1;MEMBERS_TOTAL;2027;45;"${note}"\n`;
    const huge = counted(Buffer.from(header + row("ok") + row(`dòng 1\n${"ô".repeat(5_000_000)}`)));
    expect(await readImportFile(huge.pieces, "csv", "en")).toEqual({ ok: false, key: "cellTooLongAt", params: { line: "3", max: "32,767" } });
    expect(huge.seen.pieces).toBeLessThan(5);
    const longest = await readImportFile(once(Buffer.from(header + row("đ".repeat(32_767)))), "csv", "vi");
    expect(longest.ok && longest.rows[0]!.note?.length).toBe(32_767);
  });

  it("refuses an XLSX whose text runs past what a cell holds (a small upload can unpack to gigabytes)", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Số liệu");
    sheet.addRow(["committee_code", "element_code", "year", "value", "note"]);
    sheet.addRow(["AP-CQD-01-1", "MEMBERS_TOTAL", 2027, 45, "x".repeat(300_000)]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    // It compresses to almost nothing.
    expect(file.length).toBeLessThan(20_000);
    expect(await readImportFile(once(file), "xlsx", "vi")).toEqual({ ok: false, key: "cellTooLong", params: { max: "32.767" } });
  });
});
