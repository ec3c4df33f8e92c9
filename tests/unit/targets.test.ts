import { describe, expect, it } from "vitest";
import { cascadeBalance } from "@/lib/targets/cascade";
import { describeDataNeeds, describeTarget, type DescribedIndicator } from "@/lib/targets/describe";
import { revisionInForce, targetInForce, type RevisionFields } from "@/lib/targets/in-force";
import { checkTarget, targetFieldsSchema } from "@/lib/targets/schema";

const goodPlus: DescribedIndicator = { nameVi: "Tỉ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", nameEn: "Members rated good or better", unitVi: "%", unitEn: "%", isRate: true };
const records: DescribedIndicator = { nameVi: "Tỉ lệ hồ sơ công việc xử lý trên môi trường mạng", nameEn: "Work records handled online", unitVi: "%", unitEn: "%", isRate: true };
const notCompleted: DescribedIndicator = { nameVi: "Tỉ lệ đảng viên không hoàn thành nhiệm vụ", nameEn: "Members rated not completed", unitVi: "%", unitEn: "%", isRate: true };
const admitted: DescribedIndicator = { nameVi: "Số đảng viên mới kết nạp", nameEn: "New members admitted", unitVi: "đảng viên", unitEn: "members", isRate: false };
const members: DescribedIndicator = { nameVi: "Tổng số đảng viên", nameEn: "Members", unitVi: "đảng viên", unitEn: "members", isRate: false };
const term2530 = { name: "2025–2030", startYear: 2025, endYear: 2030 };
const term2025 = { name: "2020–2025", startYear: 2020, endYear: 2025 };

describe("how a target reads (DESIGN.md's examples)", () => {
  it("annual rate: the issue's sentence in Vietnamese, and in English", () => {
    const input = { kind: "ANNUAL_RATE" as const, comparator: "GTE" as const, targetValue: 95, indicator: goodPlus, term: term2530 };
    expect(describeTarget(input, "vi")).toBe("Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên");
    const fourGood = { ...goodPlus, nameVi: "Tỉ lệ chi bộ đạt tiêu chuẩn 4 tốt" };
    expect(describeTarget({ ...input, indicator: fourGood }, "vi")).toBe("Hằng năm có từ 95% chi bộ đạt tiêu chuẩn 4 tốt trở lên");
    expect(describeTarget(input, "en")).toBe("Annually at least 95% of members rated good or better");
  });

  it("annual rate of 100% and a ≤ limit with a decimal comma in Vietnamese", () => {
    expect(describeTarget({ kind: "ANNUAL_RATE", comparator: "GTE", targetValue: 100, indicator: goodPlus, term: term2530 }, "vi"))
      .toBe("Hằng năm 100% đảng viên hoàn thành tốt nhiệm vụ trở lên");
    expect(describeTarget({ kind: "ANNUAL_RATE", comparator: "LTE", targetValue: 1.5, indicator: notCompleted, term: term2530 }, "vi"))
      .toBe("Hằng năm có không quá 1,5% đảng viên không hoàn thành nhiệm vụ");
    expect(describeTarget({ kind: "ANNUAL_RATE", comparator: "LTE", targetValue: 1.5, indicator: notCompleted, term: term2530 }, "en"))
      .toBe("Annually no more than 1.5% of members rated not completed");
  });

  it("term cumulative: admit 700 members over the term", () => {
    const input = { kind: "TERM_CUMULATIVE" as const, comparator: "GTE" as const, targetValue: 700, indicator: admitted, term: term2025 };
    expect(describeTarget(input, "vi")).toBe("Trong nhiệm kỳ 2020–2025, đạt 700 đảng viên mới kết nạp trở lên");
    expect(describeTarget(input, "en")).toBe("Over the 2020–2025 term, at least 700 new members admitted");
    expect(describeTarget({ ...input, targetValue: 4700 }, "vi")).toContain("4.700 đảng viên");
  });

  it("level by deadline: by 2030 100% of records online, from a 62% baseline; a count reaches an amount", () => {
    const input = { kind: "LEVEL_BY_DEADLINE" as const, comparator: "GTE" as const, targetValue: 100, baselineValue: 62.5, baselineYear: 2025, indicator: records, term: term2530 };
    expect(describeTarget(input, "vi")).toBe("Đến năm 2030, 100% hồ sơ công việc xử lý trên môi trường mạng (năm 2025: 62,5%)");
    expect(describeTarget({ ...input, deadlineYear: 2028 }, "en")).toBe("By 2028, 100% of work records handled online (2025: 62.5%)");
    expect(describeTarget({ kind: "LEVEL_BY_DEADLINE", comparator: "GTE", targetValue: 900, indicator: members, term: term2530 }, "vi"))
      .toBe("Đến năm 2030, tổng số đảng viên đạt 900 đảng viên");
  });

  it("a qualitative target reads as its title; nothing to preview without an indicator or a value", () => {
    expect(describeTarget({ kind: "QUALITATIVE", comparator: "GTE", targetValue: null, indicator: null, term: term2530, title: "Nâng cao chất lượng sinh hoạt chi bộ" }, "vi"))
      .toBe("Nâng cao chất lượng sinh hoạt chi bộ");
    expect(describeTarget({ kind: "ANNUAL_RATE", comparator: "GTE", targetValue: 95, indicator: null, term: term2530 }, "vi")).toBeNull();
    expect(describeTarget({ kind: "ANNUAL_RATE", comparator: "GTE", targetValue: null, indicator: goodPlus, term: term2530 }, "vi")).toBeNull();
  });

  it("lists the data a target needs, the parts before the whole", () => {
    const needs = describeDataNeeds([
      { role: "DENOMINATOR", nameVi: "Đảng viên được đánh giá, xếp loại", nameEn: "Members assessed" },
      { role: "NUMERATOR", nameVi: "Đảng viên hoàn thành xuất sắc nhiệm vụ", nameEn: "Members rated excellent" },
      { role: "NUMERATOR", nameVi: "Đảng viên hoàn thành tốt nhiệm vụ", nameEn: "Members rated good" },
    ], "en");
    expect(needs).toEqual(["Members rated excellent", "Members rated good", "Members assessed"]);
  });
});

const fields = (raw: Record<string, unknown>) => targetFieldsSchema.parse({ resolutionId: 1, category: "TARGET", indicatorId: 5, ...raw });
const keys = (raw: Record<string, unknown>, isRate: boolean, term = term2530) =>
  checkTarget(fields(raw), { term, indicator: { isRate } }).issues.map((i) => `${i.field}:${i.key}`);

describe("target rules", () => {
  it("refuses a rate above 100%, a deadline outside the term, a cumulative plan of 0", () => {
    expect(keys({ kind: "ANNUAL_RATE", targetValue: "100,5" }, true)).toEqual(["targetValue:rateAbove100"]);
    expect(keys({ kind: "LEVEL_BY_DEADLINE", targetValue: "100", deadlineYear: "2031" }, true)).toEqual(["deadlineYear:deadlineOutsideTerm"]);
    expect(keys({ kind: "LEVEL_BY_DEADLINE", targetValue: "100", deadlineYear: "2024" }, true)).toEqual(["deadlineYear:deadlineOutsideTerm"]);
    expect(keys({ kind: "TERM_CUMULATIVE", targetValue: "0" }, false)).toEqual(["targetValue:cumulativeZero"]);
  });

  it("accepts a ≤ comparator, Vietnamese numbers and a 100% rate; a count may exceed 100", () => {
    expect(keys({ kind: "ANNUAL_RATE", comparator: "LTE", targetValue: "1,5" }, true)).toEqual([]);
    expect(keys({ kind: "ANNUAL_RATE", targetValue: "100" }, true)).toEqual([]);
    expect(keys({ kind: "TERM_CUMULATIVE", targetValue: "4.700" }, false)).toEqual([]);
    const { value } = checkTarget(fields({ kind: "TERM_CUMULATIVE", targetValue: "4.700" }), { term: term2530, indicator: { isRate: false } });
    expect(value.targetValue).toBe("4700");
  });

  it("asks for what is missing and refuses what does not fit the kind", () => {
    expect(keys({ kind: "ANNUAL_RATE", targetValue: "" }, true)).toEqual(["targetValue:valueRequired"]);
    expect(keys({ kind: "TERM_CUMULATIVE", targetValue: "50" }, true)).toEqual(["indicatorId:cumulativeNeedsAmount"]);
    expect(keys({ kind: "LEVEL_BY_DEADLINE", targetValue: "100", baselineValue: "80" }, true)).toEqual(["baselineYear:baselinePair"]);
    expect(keys({ kind: "LEVEL_BY_DEADLINE", targetValue: "100", baselineValue: "80", baselineYear: "2030" }, true)).toEqual(["baselineYear:baselineYearRange"]);
    // A qualitative target needs its Vietnamese wording; the English one is optional.
    expect(keys({ kind: "QUALITATIVE", indicatorId: "", titleVi: "Chuyển đổi số" }, false)).toEqual([]);
    expect(keys({ kind: "QUALITATIVE", indicatorId: "", titleVi: "" }, false)).toEqual(["titleVi:titleRequired"]);
    expect(checkTarget(fields({ kind: "ANNUAL_RATE", indicatorId: "", targetValue: "95" }), { term: term2530, indicator: null }).issues.map((i) => i.key)).toEqual(["indicatorRequired"]);
  });
});

describe("cascade balance", () => {
  it("700 split over 12 units adds up exactly; a split short by 5 is flagged", () => {
    const split = [60, 60, 60, 60, 60, 60, 60, 55, 55, 55, 55, 60].map(String);
    expect(split.reduce((a, b) => a + Number(b), 0)).toBe(700);
    expect(cascadeBalance("700", split)).toEqual({ sum: "700", difference: "0", balanced: true, units: 12 });
    const short = [...split.slice(0, 11), "55"];
    expect(cascadeBalance("700", short)).toEqual({ sum: "695", difference: "-5", balanced: false, units: 12 });
    expect(cascadeBalance("700", [...split.slice(0, 11), null])).toMatchObject({ sum: "640", balanced: false, units: 11 });
  });

  it("adds decimal shares without float error", () => {
    expect(cascadeBalance("0.3", ["0.1", "0.2"]).balanced).toBe(true);
  });
});

describe("the version in force for a review year", () => {
  const base = { titleVi: "v", titleEn: "v", comparator: "GTE" as const, baselineValue: null, baselineYear: null, deadlineYear: null, reference: null };
  const revisions: RevisionFields[] = [
    { ...base, revision: 1, effectiveFrom: 2025, targetValue: 150 },
    { ...base, revision: 2, effectiveFrom: 2027, targetValue: 200, reference: "Nghị quyết số 12-NQ/ĐU" },
  ];
  it("uses the adopted plan before the amendment takes effect and the amended one from then on", () => {
    expect(revisionInForce(revisions, 2026)?.targetValue).toBe(150);
    expect(revisionInForce(revisions, 2027)?.targetValue).toBe(200);
    expect(revisionInForce(revisions, 2030)?.targetValue).toBe(200);
    expect(revisionInForce([], 2030)).toBeNull();
  });

  it("says which version it used", () => {
    const target = { ...base, targetValue: 200 };
    expect(targetInForce(target, revisions, 2026)).toMatchObject({ targetValue: 150, revision: { revision: 1, count: 2 } });
    expect(targetInForce(target, revisions, 2028)).toMatchObject({ targetValue: 200, revision: { revision: 2, effectiveFrom: 2027, reference: "Nghị quyết số 12-NQ/ĐU" } });
    expect(targetInForce(target, [], 2028)).toMatchObject({ targetValue: 200, revision: null });
  });
});

describe("targetTitle", () => {
  it("reads the English wording in English, and the Vietnamese one, marked, where no English was typed", async () => {
    const { targetTitle } = await import("@/lib/targets/title");
    expect(targetTitle({ titleVi: "Chuyển đổi số", titleEn: "Digital transformation" }, "en")).toBe("Digital transformation");
    expect(targetTitle({ titleVi: "Chuyển đổi số", titleEn: "" }, "en")).toBe("Chuyển đổi số (in Vietnamese)");
    expect(targetTitle({ titleVi: "Chuyển đổi số", titleEn: "  " }, "en")).toBe("Chuyển đổi số (in Vietnamese)");
    expect(targetTitle({ titleVi: "Chuyển đổi số", titleEn: "" }, "vi")).toBe("Chuyển đổi số");
  });
});
