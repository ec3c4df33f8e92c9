import { describe, expect, it } from "vitest";
import { buildStatForm, formCount, formPercent, percentOf } from "./model";
import { STAT_FORMS } from "./forms";

describe("a statistical form's numbers", () => {
  it("computes column 4 as 2 × 100 / 3 to two decimals, and nothing where last year is missing or zero", () => {
    expect(percentOf(806, 611)).toBe(131.91);
    expect(percentOf(24, 20)).toBe(120);
    expect([percentOf(5, 0), percentOf(5, null), percentOf(null, 5)]).toEqual([null, null, null]);
  });

  it("prints counts and percentages the Vietnamese way", () => {
    expect([formCount(4850), formCount(null), formPercent(131.91), formPercent(17100), formPercent(null)])
      .toEqual(["4.850", "", "131,91", "17.100,00", "-"]);
  });

  it("heads the form with the issuing committee's executive body, the period and the form's number", () => {
    const model = buildStatForm({
      form: STAT_FORMS[0]!, committee: { code: "AP-CQD", name: "Đảng bộ các cơ quan Đảng tỉnh", nameEn: null, kind: "UPPER_GRASSROOTS" },
      province: { name: "Đảng bộ tỉnh An Phú", nameEn: null, kind: "PROVINCIAL" }, year: 2025, issuedOn: new Date("2026-01-05T03:00:00Z"),
      rows: [{ label: "A - Tổng số", indent: 0, current: 611, previous: 606 }, { label: "1. Kết nạp", indent: 1, current: 24, previous: 20 }],
      coverage: { submitted: 8, expected: 8 },
    });
    expect([model.issuer, model.title, model.number, model.placeAndDate, model.fileBase]).toEqual([
      "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2025", "Biểu số 1-BTCTW", "An Phú, ngày 05 tháng 01 năm 2026", "bieu-1-btctw-ap-cqd-2025",
    ]);
    expect(model.rows.map((r) => [r.bold, r.percent])).toEqual([[true, 100.83], [false, 120]]);
  });
});

describe("a form's bullets in the workbook", () => {
  it("prints the template's '- ' and '+ ' rows as they are, and escapes whatever could be a formula", async () => {
    const { isBullet } = await import("./xlsx");
    expect(["- Dân tộc thiểu số", "+ Người lãnh đạo, quản lý doanh nghiệp", "- Khác (lao động hợp đồng, tự do…)"].map(isBullet)).toEqual([true, true, true]);
    expect(["+ HYPERLINK(\"http://x\")", "- cmd|' /C calc'!A0", "-1+2", "=SUM(A1)", "- a@b", "Trong đó: + Có kết nạp"].map(isBullet)).toEqual([false, false, false, false, false, false]);
  });
});
