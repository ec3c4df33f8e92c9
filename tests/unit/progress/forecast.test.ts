import { describe, expect, it } from "vitest";
import { computeProgress, paceSentence } from "@/lib/progress";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2020, endYear: 2025 };
const members = { unitVi: "đảng viên", unitEn: "members" };
const admissions = yearValues({ 2020: 120, 2021: 140, 2022: 150, 2023: 137 }); // 547

describe("forecast and pace sentence", () => {
  it("547 of 700 with 2 years left needs 76.5 a year, said as 77", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2023, values: admissions });
    expect(p.forecast).toEqual({
      projectedTermEnd: 547 + (547 / 4) * 2, // 820.5 at the mean pace so far
      remainingYears: 2,
      neededPerYear: 76.5,
      onPaceToMeet: true,
    });
    expect(paceSentence(p, members, "vi")).toBe("Cần bình quân 77 đảng viên/năm trong 2 năm còn lại");
    expect(paceSentence(p, members, "en")).toBe("Needs 77 members a year over the remaining 2 years");
  });

  it("keeps decimals when asked, rounding the need up, with the locale's separators", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 7000.5), term, reviewYear: 2022, values: yearValues({ 2020: 1000 }) });
    // (7000.5 − 1000) / 3 = 2000.1666… → 2.000,2 (vi) / 2,000.2 (en)
    expect(paceSentence(p, { unitVi: "tỷ đồng", unitEn: "billion VND", decimals: 1 }, "vi")).toBe("Cần bình quân 2.000,2 tỷ đồng/năm trong 3 năm còn lại");
    expect(paceSentence(p, { unitVi: "tỷ đồng", unitEn: "billion VND", decimals: 1 }, "en")).toBe("Needs 2,000.2 billion VND a year over the remaining 3 years");
  });

  it("a plan already reached needs nothing more; the last year left is singular in English", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 10), term, reviewYear: 2024, values: yearValues({ 2020: 60 }) });
    expect(p.forecast!.neededPerYear).toBe(0);
    expect(paceSentence(p, members, "vi")).toBe("Đã đạt kế hoạch cả nhiệm kỳ");
    const q = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2024, values: yearValues({ 2020: 600 }) });
    expect(paceSentence(q, members, "en")).toBe("Needs 100 members a year over the remaining 1 year");
  });

  it("an 'at most' budget states the allowance, rounded down", () => {
    const limit = spec("TERM_CUMULATIVE", 10, "LTE");
    const p = computeProgress({ target: limit, term, reviewYear: 2022, values: yearValues({ 2020: 1, 2021: 2, 2022: 1 }) });
    expect(p.forecast!.neededPerYear).toBe(2); // (10 − 4) / 3
    expect(p.forecast!.projectedTermEnd).toBe(8);
    expect(p.forecast!.onPaceToMeet).toBe(true);
    expect(paceSentence(p, { unitVi: "vụ", unitEn: "cases" }, "vi")).toBe("Tối đa bình quân 2 vụ/năm trong 3 năm còn lại");
    const q = computeProgress({ target: limit, term, reviewYear: 2022, values: yearValues({ 2020: 3 }) });
    expect(paceSentence(q, { unitVi: "vụ", unitEn: "cases" }, "en")).toBe("At most 2 cases a year over the remaining 3 years"); // 7/3 = 2.33 → 2
    const over = computeProgress({ target: limit, term, reviewYear: 2022, values: yearValues({ 2020: 11 }) });
    expect(paceSentence(over, { unitVi: "vụ", unitEn: "cases" }, "vi")).toBe("Đã vượt mức tối đa của cả nhiệm kỳ");
  });

  it("an annual rate needs its threshold each remaining year", () => {
    const p = computeProgress({ target: spec("ANNUAL_RATE", 95), term, reviewYear: 2022, values: yearValues({ 2020: 96.1, 2021: 94.8, 2022: 97 }) });
    expect(p.forecast).toEqual({ projectedTermEnd: 97, remainingYears: 3, neededPerYear: 95, onPaceToMeet: true });
    const pct = { unitVi: "%", unitEn: "%" };
    expect(paceSentence(p, pct, "vi")).toBe("Cần đạt từ 95% trở lên mỗi năm trong 3 năm còn lại");
    expect(paceSentence(p, pct, "en")).toBe("Needs 95% or more each year over the remaining 3 years");
  });

  it("a level states the rise or fall needed to the deadline", () => {
    const t = { startYear: 2025, endYear: 2030 };
    const up = computeProgress({
      target: spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 40, baselineYear: 2024 }),
      term: t,
      reviewYear: 2026,
      values: yearValues({ 2026: 65 }),
    });
    expect(up.forecast!.neededPerYear).toBe(8.75);
    expect(paceSentence(up, { unitVi: "điểm %", unitEn: "points", decimals: 1 }, "vi")).toBe("Cần tăng bình quân 8,8 điểm %/năm trong 4 năm còn lại");
    expect(paceSentence(up, { unitVi: "điểm %", unitEn: "points", decimals: 1 }, "en")).toBe("Needs an average rise of 8.8 points a year over the remaining 4 years");
    const down = computeProgress({
      target: spec("LEVEL_BY_DEADLINE", 5, "LTE", { baselineValue: 20, baselineYear: 2024 }),
      term: t,
      reviewYear: 2026,
      values: yearValues({ 2026: 15 }),
    });
    expect(down.forecast!.neededPerYear).toBe(-2.5);
    expect(paceSentence(down, { unitVi: "vụ", unitEn: "cases", decimals: 1 }, "vi")).toBe("Cần giảm bình quân 2,5 vụ/năm trong 4 năm còn lại");
  });

  it("no forecast once the term is over, without data, or for a qualitative target", () => {
    const over = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2025, values: admissions });
    expect(over.forecast).toBeNull();
    expect(paceSentence(over, members, "vi")).toBeNull();
    expect(computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2022, values: [] }).forecast).toBeNull();
    const q = computeProgress({ target: spec("QUALITATIVE", null), term, reviewYear: 2022, values: [], assessment: { result: "ON_TRACK" } });
    expect(paceSentence(q, members, "en")).toBeNull();
  });

  it("a missing past year is not projected: only future years get the mean pace", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2023, values: yearValues({ 2020: 100, 2022: 100 }) });
    expect(p.forecast!.projectedTermEnd).toBe(400); // 200 + 100 × 2
  });
});
