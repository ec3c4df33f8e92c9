import { describe, expect, it } from "vitest";
import { computeProgress, formatPercentOfPlan, roundForDisplay, LTE_MAX_PERCENT_OF_PLAN } from "@/lib/progress";
import { formatPercent } from "@/lib/i18n/format";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2020, endYear: 2025 }; // 6 years inclusive

describe("TERM_CUMULATIVE, ≥ (admissions, organizations set up, positions cut)", () => {
  // The bloc committee's mid-term figure: 547 of 700 planned admissions.
  const admissions = yearValues({ 2020: 120, 2021: 140, 2022: 150, 2023: 137 });

  it("547 of 700 is 78.142857…% of the term plan, shown 78,14% / 78.14%", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2023, values: admissions });
    expect(p.actual).toBe(547);
    expect(p.plan).toBe(700);
    expect(p.percentOfPlan).toBeCloseTo(78.142857142857, 10);
    expect(p.percentOfPlan).toBe((547 * 100) / 700);
    expect(formatPercent(roundForDisplay(p.percentOfPlan!), "vi")).toBe("78,14%");
    expect(formatPercent(roundForDisplay(p.percentOfPlan!), "en")).toBe("78.14%");
    expect(formatPercentOfPlan(p.percentOfPlan!, "vi")).toBe("78,14%");
    // 4 of 6 years elapsed → 66.67% expected; 78.14 / 66.67 = 1.17 → on track.
    expect(p.expectedPercent).toBeCloseTo(66.6667, 3);
    expect(p.status).toBe("ON_TRACK");
    expect(p.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(p.years[0]).toMatchObject({ year: 2020, value: 120, met: true });
    expect(p.years[0]!.expected).toBeCloseTo(700 / 6, 10);
  });

  it("4,700 of 4,003 is 117.4% (1 decimal) and EXCEEDED", () => {
    const p = computeProgress({
      target: spec("TERM_CUMULATIVE", 4003),
      term,
      reviewYear: 2022,
      values: yearValues({ 2020: 1500, 2021: 1600, 2022: 1600 }),
    });
    expect(p.actual).toBe(4700);
    expect(p.percentOfPlan).toBeCloseTo(117.41194, 4);
    expect(roundForDisplay(p.percentOfPlan!, 1)).toBe(117.4);
    expect(formatPercentOfPlan(p.percentOfPlan!, "vi", 1)).toBe("117,4%");
    expect(p.status).toBe("EXCEEDED");
  });

  it("60 organizations against a plan of 10 is 600% and EXCEEDED", () => {
    const p = computeProgress({
      target: spec("TERM_CUMULATIVE", 10),
      term,
      reviewYear: 2022,
      values: yearValues({ 2020: 20, 2021: 25, 2022: 15 }),
    });
    expect(p.percentOfPlan).toBe(600);
    expect(p.status).toBe("EXCEEDED");
  });

  it("2,796 positions cut against a target of 2,550 is EXCEEDED (109.6%)", () => {
    const p = computeProgress({
      target: spec("TERM_CUMULATIVE", 2550),
      term,
      reviewYear: 2022,
      values: yearValues({ 2020: 1000, 2021: 1000, 2022: 796 }),
    });
    expect(p.actual).toBe(2796);
    expect(roundForDisplay(p.percentOfPlan!, 1)).toBe(109.6);
    expect(p.status).toBe("EXCEEDED");
  });

  it("exactly at the plan is ACHIEVED, not EXCEEDED; one short at term end is NOT_ACHIEVED", () => {
    const at = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2025, values: yearValues({ 2020: 700 }) });
    expect(at.status).toBe("ACHIEVED");
    expect(at.percentOfPlan).toBe(100);
    const short = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2025, values: yearValues({ 2020: 699 }) });
    expect(short.status).toBe("NOT_ACHIEVED");
    expect(roundForDisplay(short.percentOfPlan!, 0)).toBe(99); // 99.857 never shows as 100
  });

  it("compares at the displayed precision: 699,996 reads 700 and meets it, 699,99 is short", () => {
    const at = (value: number) => computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2025, values: yearValues({ 2020: value }) });
    expect(at(699.996).status).toBe("ACHIEVED");
    expect(at(699.996).percentOfPlan).toBe(100);
    expect(at(699.99).status).toBe("NOT_ACHIEVED");
    expect(roundForDisplay(at(699.99).percentOfPlan!)).toBe(99.99);
  });

  it("the % agrees with the unrounded comparison even where ×100 rounds the other way", () => {
    // (1.37 × 100) / 1.37 is 99.99999999999999 in binary arithmetic; at the plan it must read 100%.
    const at = computeProgress({ target: spec("TERM_CUMULATIVE", 1.37), term, reviewYear: 2025, values: yearValues({ 2020: 1.37 }) });
    expect(at.status).toBe("ACHIEVED");
    expect(at.percentOfPlan).toBe(100);
    // A thousandth short reads as the plan at two decimals; a hundredth short never shows 100%.
    const reads = computeProgress({ target: spec("TERM_CUMULATIVE", 5862.91), term, reviewYear: 2025, values: yearValues({ 2020: 5862.905 }) });
    expect(reads.status).toBe("ACHIEVED");
    const short = computeProgress({ target: spec("TERM_CUMULATIVE", 5862.91), term, reviewYear: 2025, values: yearValues({ 2020: 5862.9 }) });
    expect(short.status).toBe("NOT_ACHIEVED");
    expect(short.percentOfPlan).toBeLessThan(100);
    expect(formatPercentOfPlan(short.percentOfPlan!, "vi")).toBe("99,99%");
  });

  it("classifies the pace by points of the plan behind the path and behind the plan at the pace so far", () => {
    // Term of 5 years, 2 elapsed: plan 1000 → 400 on the path; the mean pace carries the total to 2.5×.
    const t5 = { startYear: 2020, endYear: 2024 };
    const status = (total: number) =>
      computeProgress({ target: spec("TERM_CUMULATIVE", 1000), term: t5, reviewYear: 2021, values: yearValues({ 2020: total, 2021: 0 }) }).status;
    expect(status(380)).toBe("ON_TRACK"); // 2 points behind the path, ends at 950: 5 points short
    expect(status(379)).toBe("AT_RISK"); // ends at 947,5: 5,25 points short
    expect(status(340)).toBe("AT_RISK"); // ends at 850: 15 points short
    expect(status(339)).toBe("OFF_TRACK");
  });

  it("a plan of 0 or null is 'target not set': NO_DATA, no %", () => {
    for (const plan of [0, null]) {
      const p = computeProgress({ target: spec("TERM_CUMULATIVE", plan), term, reviewYear: 2022, values: admissions });
      expect(p.status).toBe("NO_DATA");
      expect(p.percentOfPlan).toBeNull();
      expect(p.forecast).toBeNull();
      expect(p.actual).toBe(410);
    }
  });

  it("no data is NO_DATA with every elapsed year listed as missing", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2021, values: [] });
    expect(p.status).toBe("NO_DATA");
    expect(p.actual).toBeNull();
    expect(p.percentOfPlan).toBeNull();
    expect(p.missingYears).toEqual([2020, 2021]);
    expect(p.years).toEqual([
      { year: 2020, value: null, expected: 700 / 6, met: null },
      { year: 2021, value: null, expected: 700 / 6, met: null },
    ]);
  });

  it("a missing year adds nothing, is neither met nor missed, and is noted", () => {
    const p = computeProgress({
      target: spec("TERM_CUMULATIVE", 700),
      term,
      reviewYear: 2022,
      values: yearValues({ 2020: 200, 2022: 100 }),
    });
    expect(p.actual).toBe(300);
    expect(p.years[1]).toEqual({ year: 2021, value: null, expected: 700 / 6, met: null });
    expect(p.missingYears).toEqual([2021]);
  });
});

describe("TERM_CUMULATIVE, ≤ (at most N cases in the term)", () => {
  const limit = spec("TERM_CUMULATIVE", 10, "LTE");

  it("at term end: under the limit EXCEEDED, at it ACHIEVED, over it NOT_ACHIEVED; % = plan ÷ actual", () => {
    const at = (total: number) => computeProgress({ target: limit, term, reviewYear: 2025, values: yearValues({ 2021: total }) });
    expect(at(8).status).toBe("EXCEEDED");
    expect(at(8).percentOfPlan).toBe(125);
    expect(at(10).status).toBe("ACHIEVED");
    expect(at(10).percentOfPlan).toBe(100);
    expect(at(11).status).toBe("NOT_ACHIEVED");
    expect(at(11).percentOfPlan).toBeCloseTo(90.909, 3);
  });

  it("zero cases is within the limit and its % is capped, never Infinity", () => {
    const p = computeProgress({ target: limit, term, reviewYear: 2025, values: yearValues({ 2020: 0, 2021: 0 }) });
    expect(p.status).toBe("EXCEEDED");
    expect(p.percentOfPlan).toBe(LTE_MAX_PERCENT_OF_PLAN);
    const mid = computeProgress({ target: limit, term, reviewYear: 2022, values: yearValues({ 2020: 0 }) });
    expect(mid.status).toBe("ON_TRACK");
  });

  it("during the term, over the whole budget is OFF_TRACK; otherwise the used budget is compared with the path", () => {
    const t5 = { startYear: 2020, endYear: 2024 }; // 2 of 5 years → 4 cases allowed so far
    const status = (total: number) => computeProgress({ target: limit, term: t5, reviewYear: 2021, values: yearValues({ 2020: total, 2021: 0 }) }).status;
    expect(status(4)).toBe("ON_TRACK"); // on the path; at this pace the term ends at 10
    expect(status(4.2)).toBe("ON_TRACK"); // ends at 10,5: 5 points of the budget over
    expect(status(4.4)).toBe("AT_RISK"); // ends at 11
    expect(status(4.7)).toBe("OFF_TRACK"); // ends at 11,75
    expect(status(10)).toBe("OFF_TRACK"); // at the limit, not over; budget used too fast
    expect(status(11)).toBe("OFF_TRACK"); // over the whole term's limit
    // Being within the limit mid-term is never yet "achieved": more cases can still come.
    expect(status(1)).toBe("ON_TRACK");
  });

  it("the whole budget used with one year to go is OFF_TRACK: 2 cases over the path is 20 points of the budget", () => {
    const t5 = { startYear: 2020, endYear: 2024 }; // 4 of 5 years by 2023: the path allows 8 of 10 cases
    const at = (total: number) => computeProgress({ target: limit, term: t5, reviewYear: 2023, values: yearValues({ 2020: total, 2021: 0, 2022: 0, 2023: 0 }) });
    expect(at(8).status).toBe("ON_TRACK");
    expect(at(10).status).toBe("OFF_TRACK");
    expect(at(11).status).toBe("OFF_TRACK"); // over the whole term's limit
  });
});
