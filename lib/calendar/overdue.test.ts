import { describe, expect, it } from "vitest";
import type { UnitProgress } from "@/lib/figures/completeness";
import ExcelJS from "exceljs";
import { overdueUnits, renderOverdueCsv, renderOverdueXlsx } from "./overdue";

const unit = (code: string, status: UnitProgress["status"], deadline: string | null, name = `Chi bộ ${code}`): UnitProgress => ({
  id: code.length, code, name, nameEn: null, kind: "CELL", depth: 1, status, submittedAt: null, reviewedAt: null,
  deadline, approvalDeadline: deadline && "2027-01-31", onTime: null,
});

describe("overdue units", () => {
  const units = [
    unit("AP-1", "NOT_STARTED", "2027-01-15"), unit("AP-2", "DRAFT", "2027-01-20"), unit("AP-3", "SUBMITTED", "2027-01-15"),
    unit("AP-4", "APPROVED", "2027-01-15"), unit("AP-5", "DRAFT", null), unit("AP-10", "DRAFT", "2027-02-10"),
  ];

  it("lists units not submitted after their entry deadline and submitted ones after the approval deadline, with days late", () => {
    expect(overdueUnits(units, "2027-01-15")).toEqual([]);
    expect(overdueUnits(units, "2027-01-25").map((o) => [o.unit.code, o.missed, o.daysLate])).toEqual([["AP-1", "2027-01-15", 10], ["AP-2", "2027-01-20", 5]]);
    expect(overdueUnits(units, "2027-02-03").map((o) => [o.unit.code, o.daysLate])).toEqual([["AP-1", 19], ["AP-2", 14], ["AP-3", 3]]);
  });

  it("sorts by days late, by unit code (numeric) or by status", () => {
    expect(overdueUnits(units, "2027-02-20", "unit").map((o) => o.unit.code)).toEqual(["AP-1", "AP-2", "AP-3", "AP-10"]);
    expect(overdueUnits(units, "2027-02-20", "status").map((o) => o.unit.code)).toEqual(["AP-1", "AP-2", "AP-10", "AP-3"]);
    expect(overdueUnits(units, "2027-02-20", "late").map((o) => o.daysLate)).toEqual([36, 31, 20, 10]);
  });

  it("writes a CSV with Vietnamese dates and formula-escaped names", () => {
    const rows = overdueUnits([unit("AP-1", "DRAFT", "2027-01-15", "=HYPERLINK(\"x\")")], "2027-01-18");
    const csv = renderOverdueCsv(rows, "vi", ["Mã", "Đơn vị", "Trạng thái", "Hạn", "Số ngày trễ"], () => "Đang nhập");
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toBe("Mã;Đơn vị;Trạng thái;Hạn;Số ngày trễ");
    expect(lines[1]).toBe("AP-1;\"'=HYPERLINK(\"\"x\"\")\";Đang nhập;15/01/2027;3");
  });

  it("writes an XLSX with the same columns, days late as numbers, names formula-escaped", async () => {
    const rows = overdueUnits([unit("AP-1", "DRAFT", "2027-01-15", "=HYPERLINK(\"x\")"), unit("AP-2", "NOT_STARTED", "2027-01-10")], "2027-01-18");
    const file = await renderOverdueXlsx(rows, "vi", ["Mã", "Đơn vị", "Trạng thái", "Hạn", "Số ngày trễ"], (s) => (s === "DRAFT" ? "Đang nhập" : "Chưa nhập"), "Quá hạn 2026");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Quá hạn 2026")!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["Mã", "Đơn vị", "Trạng thái", "Hạn", "Số ngày trễ"]);
    expect(values(2)).toEqual(["AP-2", "Chi bộ AP-2", "Chưa nhập", "10/01/2027", 8]);
    expect(values(3)).toEqual(["AP-1", "'=HYPERLINK(\"x\")", "Đang nhập", "15/01/2027", 3]);
  });
});
