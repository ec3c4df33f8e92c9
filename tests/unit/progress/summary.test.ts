import { describe, expect, it } from "vitest";
import { computeProgress, summarizeTargets, summarySentence } from "@/lib/progress";
import { fakeProgress, spec, yearValues } from "./helpers";

const sixOfTen = [
  fakeProgress("EXCEEDED", 117.4),
  fakeProgress("EXCEEDED", 600),
  fakeProgress("EXCEEDED", 109.6),
  fakeProgress("ACHIEVED", 100),
  fakeProgress("ACHIEVED", 100),
  fakeProgress("ACHIEVED", null), // a qualitative target assessed achieved
  fakeProgress("ON_TRACK", 92.3),
  fakeProgress("AT_RISK", 80.7),
  fakeProgress("ON_TRACK", 85),
  fakeProgress("OFF_TRACK", 99.99),
];

describe("mid-term summary", () => {
  it("6 of 10 achieved or exceeded, the rest at 80% or more: the exact sentences", () => {
    const s = summarizeTargets(sixOfTen);
    expect(s).toMatchObject({ total: 10, achieved: 6, remaining: 4, lowestPercentOfRemaining: 80.7, remainingWithoutData: 0 });
    expect(s.byStatus).toEqual({ EXCEEDED: 3, ACHIEVED: 3, ON_TRACK: 2, AT_RISK: 1, OFF_TRACK: 1, NOT_ACHIEVED: 0, NO_DATA: 0 });
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 6/10 chỉ tiêu; 4 chỉ tiêu còn lại đạt từ 80% trở lên");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 6 of 10 targets; the remaining 4 reached 80% or more");
  });

  it("floors the lowest % so it never overstates: 78.14 → 78%, 79.999 → 79%", () => {
    const s = summarizeTargets([fakeProgress("ACHIEVED", 100), fakeProgress("ON_TRACK", (547 * 100) / 700)]);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1/2 chỉ tiêu; 1 chỉ tiêu còn lại đạt từ 78% trở lên");
    const t = summarizeTargets([fakeProgress("AT_RISK", 79.999)]);
    expect(summarySentence(t, "en")).toBe("Achieved or exceeded 0 of 1 targets; the remaining 1 reached 79% or more");
  });

  it("does not say 'reached 0% or more' when a remaining target stands at 0% (a level still at its baseline)", () => {
    const s = summarizeTargets([fakeProgress("ACHIEVED", 100), fakeProgress("ON_TRACK", 92.3), fakeProgress("OFF_TRACK", 0.4)]);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1/3 chỉ tiêu; 2 chỉ tiêu còn lại chưa đạt, thấp nhất 0%");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 1 of 3 targets; the remaining 2 not reached yet, the lowest at 0%");
    const t = summarizeTargets([fakeProgress("OFF_TRACK", 0), fakeProgress("NO_DATA", null)]);
    expect(summarySentence(t, "vi")).toBe("Đạt và vượt 0/2 chỉ tiêu; 2 chỉ tiêu còn lại chưa đạt, thấp nhất 0% (1 chỉ tiêu chưa có số liệu)");
  });

  it("all achieved", () => {
    const s = summarizeTargets(sixOfTen.slice(0, 6).concat(sixOfTen.slice(0, 4)));
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 10/10 chỉ tiêu");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded all 10 targets");
  });

  it("none of the remaining has a %", () => {
    const s = summarizeTargets([...sixOfTen.slice(0, 6), ...Array.from({ length: 4 }, () => fakeProgress("NO_DATA", null))]);
    expect(s.lowestPercentOfRemaining).toBeNull();
    expect(s.remainingWithoutData).toBe(4);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 6/10 chỉ tiêu; 4 chỉ tiêu còn lại chưa có số liệu để đánh giá");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 6 of 10 targets; the remaining 4 have no data yet");
  });

  it("some of the remaining without a %: the floor of the others, then the count without data", () => {
    const s = summarizeTargets([...sixOfTen.slice(0, 8), fakeProgress("NO_DATA", null), fakeProgress("ON_TRACK", null)]);
    expect(s.remainingWithoutData).toBe(2);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 6/10 chỉ tiêu; 4 chỉ tiêu còn lại đạt từ 80% trở lên (2 chỉ tiêu chưa có số liệu)");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 6 of 10 targets; the remaining 4 reached 80% or more (2 without data)");
  });

  it("no targets", () => {
    const s = summarizeTargets([]);
    expect(s).toMatchObject({ total: 0, achieved: 0, remaining: 0, lowestPercentOfRemaining: null, remainingWithoutData: 0 });
    expect(summarySentence(s, "vi")).toBe("Chưa có chỉ tiêu");
    expect(summarySentence(s, "en")).toBe("No targets yet");
  });

  it("formats large counts with the locale's thousands separator", () => {
    const s = summarizeTargets([...Array.from({ length: 1200 }, () => fakeProgress("ACHIEVED", 100)), fakeProgress("OFF_TRACK", 12.5)]);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1.200/1.201 chỉ tiêu; 1 chỉ tiêu còn lại đạt từ 12% trở lên");
  });

  it("works on computed progress", () => {
    const term = { startYear: 2020, endYear: 2025 };
    const items = [
      computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2023, values: yearValues({ 2020: 547 }) }),
      computeProgress({ target: spec("TERM_CUMULATIVE", 10), term, reviewYear: 2023, values: yearValues({ 2020: 60 }) }),
    ];
    expect(summarySentence(summarizeTargets(items), "vi")).toBe("Đạt và vượt 1/2 chỉ tiêu; 1 chỉ tiêu còn lại đạt từ 78% trở lên");
  });
});
