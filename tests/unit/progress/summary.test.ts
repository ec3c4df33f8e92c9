import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProgress, summarizeTargets, summarySentence, type ProgressStatus, type TargetProgress } from "@/lib/progress";
import { fakeProgress, spec, yearValues } from "./helpers";

const sixOfTen = [
  fakeProgress("EXCEEDED", 117.4),
  fakeProgress("EXCEEDED", 600),
  fakeProgress("EXCEEDED", 109.6),
  fakeProgress("ACHIEVED", 100),
  fakeProgress("ACHIEVED", 100),
  fakeProgress("ACHIEVED", null), // a qualitative target assessed achieved
  fakeProgress("ON_TRACK", 92.3),
  fakeProgress("ON_TRACK", 85),
  fakeProgress("ON_TRACK", 61.5),
  fakeProgress("NOT_ACHIEVED", (547 * 100) / 700),
];

describe("mid-term summary", () => {
  it("DESIGN's sentence: 6/10 achieved, 3/10 on their path, 1 not achieved at 78,14%", () => {
    const s = summarizeTargets(sixOfTen);
    expect(s).toMatchObject({ total: 10, achieved: 6, onTrack: 3, lagging: 1, lowestPercentOfLagging: (547 * 100) / 700, provisional: 0 });
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu không đạt (đạt 78,14%)");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 6 of 10 targets; 3 of 10 on track; 1 not achieved (at 78.14%)");
  });

  it("targets on their path are not called unachieved, and give no 'lowest' clause: 4/11 and 7/11", () => {
    const items = [...Array.from({ length: 4 }, () => fakeProgress("ACHIEVED", 100)), ...Array.from({ length: 7 }, () => fakeProgress("ON_TRACK", 0))];
    const s = summarizeTargets(items);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 4/11 chỉ tiêu; 7/11 chỉ tiêu đang trong lộ trình thực hiện");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 4 of 11 targets; 7 of 11 on track");
  });

  it("names each lagging status and the lowest attainment among them as the cards show it", () => {
    const s = summarizeTargets([fakeProgress("ACHIEVED", 100), fakeProgress("AT_RISK", 80.7), fakeProgress("OFF_TRACK", 61.499), fakeProgress("ON_TRACK", 12)]);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1/4 chỉ tiêu; 1/4 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu có nguy cơ không đạt; 1 chỉ tiêu chậm tiến độ (thấp nhất đạt 61,5%)");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 1 of 4 targets; 1 of 4 on track; 1 at risk; 1 behind schedule (the lowest at 61.5%)");
  });

  it("all achieved; one target is singular in English", () => {
    const s = summarizeTargets(sixOfTen.slice(0, 6).concat(sixOfTen.slice(0, 4)));
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 10/10 chỉ tiêu");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded all 10 targets");
    expect(summarySentence(summarizeTargets([fakeProgress("ON_TRACK", 50)]), "en")).toBe("Achieved or exceeded 0 of 1 target; 1 of 1 on track");
  });

  it("targets without data are counted apart", () => {
    const s = summarizeTargets([...sixOfTen.slice(0, 6), fakeProgress("NO_DATA", null), fakeProgress("AT_RISK", null)]);
    expect(s.lowestPercentOfLagging).toBeNull();
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 6/8 chỉ tiêu; 1 chỉ tiêu có nguy cơ không đạt; 1 chỉ tiêu chưa có số liệu");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 6 of 8 targets; 1 at risk; 1 without data");
  });

  it("says when the numbers rest on a year still being reported, with the least complete coverage", () => {
    const partial = (reporting: number, expected: number): TargetProgress => ({
      ...fakeProgress("ON_TRACK", 80),
      provisional: { year: 2026, coverage: { reporting, expected }, setAside: false, value: 80 },
    });
    const s = summarizeTargets([fakeProgress("ACHIEVED", 100), partial(6, 20), partial(5, 17)]);
    expect(s.provisional).toBe(2);
    expect(s.leastCoverage).toEqual({ year: 2026, reporting: 5, expected: 17 });
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1/3 chỉ tiêu; 2/3 chỉ tiêu đang trong lộ trình thực hiện; số liệu năm 2026 mới có 5/17 đơn vị, kết quả là tạm tính");
    expect(summarySentence(s, "en")).toBe("Achieved or exceeded 1 of 3 targets; 2 of 3 on track; 2026 figures are provisional (5/17 units)");
  });

  it("no targets", () => {
    const s = summarizeTargets([]);
    expect(s).toMatchObject({ total: 0, achieved: 0, onTrack: 0, lagging: 0, lowestPercentOfLagging: null });
    expect(summarySentence(s, "vi")).toBe("Chưa có chỉ tiêu");
    expect(summarySentence(s, "en")).toBe("No targets yet");
  });

  it("formats large counts with the locale's thousands separator", () => {
    const s = summarizeTargets([...Array.from({ length: 1200 }, () => fakeProgress("ACHIEVED", 100)), fakeProgress("OFF_TRACK", 12.5)]);
    expect(summarySentence(s, "vi")).toBe("Đạt và vượt 1.200/1.201 chỉ tiêu; 1 chỉ tiêu chậm tiến độ (đạt 12,5%)");
  });

  it("works on computed progress", () => {
    const term = { startYear: 2020, endYear: 2025 };
    const items = [
      computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2025, values: yearValues({ 2020: 547 }) }),
      computeProgress({ target: spec("TERM_CUMULATIVE", 10), term, reviewYear: 2025, values: yearValues({ 2020: 60 }) }),
    ];
    expect(summarySentence(summarizeTargets(items), "vi")).toBe("Đạt và vượt 1/2 chỉ tiêu; 1 chỉ tiêu không đạt (đạt 78,14%)");
  });

  it("never contradicts the statuses it counts (property)", () => {
    const status = fc.constantFrom<ProgressStatus>("EXCEEDED", "ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED", "NO_DATA");
    const item = fc.record({ status, percent: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (list) => {
        const s = summarizeTargets(list.map((x) => fakeProgress(x.status, x.percent)));
        const count = (...wanted: ProgressStatus[]) => list.filter((x) => wanted.includes(x.status)).length;
        const vi = summarySentence(s, "vi");
        expect(vi.startsWith(`Đạt và vượt ${count("EXCEEDED", "ACHIEVED")}/${list.length} chỉ tiêu`)).toBe(true);
        const onTrack = count("ON_TRACK");
        expect(vi.includes("đang trong lộ trình thực hiện")).toBe(onTrack > 0);
        if (onTrack > 0) expect(vi).toContain(`; ${onTrack}/${list.length} chỉ tiêu đang trong lộ trình`);
        for (const [code, words] of [["AT_RISK", "có nguy cơ không đạt"], ["OFF_TRACK", "chậm tiến độ"], ["NOT_ACHIEVED", "không đạt"]] as const) {
          if (count(code) > 0) expect(vi).toContain(`; ${count(code)} chỉ tiêu ${words}`);
        }
        // The "lowest" clause speaks of lagging targets only, and only when one of them has a %.
        const laggingWithPercent = list.filter((x) => ["AT_RISK", "OFF_TRACK", "NOT_ACHIEVED"].includes(x.status) && x.percent !== null);
        expect(/\((thấp nhất )?đạt /.test(vi)).toBe(laggingWithPercent.length > 0);
        expect(vi).not.toMatch(/-\d|NaN|Infinity/);
      }),
      { numRuns: 500 },
    );
  });
});
