import { describe, expect, it } from "vitest";
import { describePlan } from "@/lib/targets/plan";

describe("describePlan", () => {
  it("writes rate thresholds in the Party's words and a percent sign", () => {
    expect(describePlan({ kind: "ANNUAL_RATE", comparator: "GTE", targetValue: 95, unitVi: "%", unitEn: "%" }, "vi")).toBe("từ 95% trở lên");
    expect(describePlan({ kind: "ANNUAL_RATE", comparator: "LTE", targetValue: 1.5, unitVi: "%", unitEn: "%" }, "vi")).toBe("không quá 1,5%");
    expect(describePlan({ kind: "ANNUAL_RATE", comparator: "LTE", targetValue: 1.5, unitVi: "%", unitEn: "%" }, "en")).toBe("at most 1.5%");
  });

  it("writes a term plan as an amount with its unit", () => {
    expect(describePlan({ kind: "TERM_CUMULATIVE", comparator: "GTE", targetValue: 4003, unitVi: "đảng viên", unitEn: "members" }, "vi"))
      .toBe("4.003 đảng viên");
    expect(describePlan({ kind: "TERM_CUMULATIVE", comparator: "GTE", targetValue: 4003, unitVi: "đảng viên", unitEn: "members" }, "en"))
      .toBe("4,003 members");
  });

  it("shows a dash for qualitative targets", () => {
    expect(describePlan({ kind: "QUALITATIVE", comparator: "GTE", targetValue: null, unitVi: null, unitEn: null }, "vi")).toBe("—");
  });
});

describe("describePlan for a 100% target", () => {
  it("writes 100% without a comparator", () => {
    expect(describePlan({ kind: "LEVEL_BY_DEADLINE", comparator: "GTE", targetValue: 100, unitVi: "%", unitEn: "%" }, "vi")).toBe("100%");
  });
});
