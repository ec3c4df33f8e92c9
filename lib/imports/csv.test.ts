import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeCell, unescapeCell } from "./cells";
import { CsvReader, csvLine, parseCsv } from "./csv";
import { readHeader, toImportRow } from "./rows";

describe("formula escaping", () => {
  it("prefixes every text cell a spreadsheet would run, and reading gives back exactly the text", () => {
    expect(escapeCell("=1+2")).toBe("'=1+2");
    expect(escapeCell("+84 912")).toBe("'+84 912");
    expect(escapeCell("-5")).toBe("'-5");
    expect(escapeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCell("'quoted")).toBe("''quoted");
    expect(escapeCell("Chi bộ Phòng Tổng hợp")).toBe("Chi bộ Phòng Tổng hợp");
    fc.assert(fc.property(fc.string(), (s) => unescapeCell(escapeCell(s)) === s));
  });
});

describe("CSV", () => {
  const rows = [
    ["committee_code", "element_code", "year", "value", "note"],
    ["AP-CQD-01-1", "MEMBERS_TOTAL", "2027", "1234,5678", "Đã rà soát; “đúng” với \"biên bản\""],
    ["AP-CQD-01-2", "RECORDS_TOTAL", "2027", "", "hai\r\ndòng, Quảng Trị"],
  ];

  it("reads back exactly what it wrote: BOM, CRLF, separators and quotes inside cells, Vietnamese diacritics", () => {
    const text = `\ufeff${rows.map((r) => csvLine(r.map(escapeCell), ";")).join("")}`;
    expect(text.startsWith("\ufeffcommittee_code;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.separator).toBe(";");
    expect(parsed.records.map((r) => r.cells.map(unescapeCell))).toEqual(rows);
    expect(parsed.records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("gives the same records whatever the chunking (a stream may split a quote or a CRLF)", () => {
    const text = `\ufeff${rows.map((r) => csvLine(r, ",")).join("")}`;
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const reader = new CsvReader();
      const records: string[][] = [];
      let at = 0;
      for (const p of [...points, text.length]) {
        records.push(...reader.push(text.slice(at, p)).map((r) => r.cells));
        at = p;
      }
      records.push(...reader.end().map((r) => r.cells));
      expect(records).toEqual(rows);
    }));
  });

  it("detects the separator and the number language from the header; LF-only and a missing last newline are fine", () => {
    const parsed = parseCsv("committee_code,element_code,year,value\nAP,MEMBERS_TOTAL,2027,12.5");
    expect(parsed.separator).toBe(",");
    const header = readHeader(parsed.records[0]!.cells);
    expect(header.missing).toEqual([]);
    expect(toImportRow(2, parsed.records[1]!.cells, header.index, "en")).toEqual({
      row: 2, committeeCode: "AP", elementCode: "MEMBERS_TOTAL", year: "2027", value: "12.5", note: undefined, locale: "en",
    });
    expect(readHeader(["committee_code", "value"]).missing).toEqual(["element_code", "year"]);
  });
});
