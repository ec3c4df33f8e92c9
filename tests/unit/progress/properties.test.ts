// Properties the numbers must keep whatever the data: exact rollups, monotone %, honest statuses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeProgress,
  meetsTarget,
  ON_TRACK_MAX_GAP,
  roundForDisplay,
  roundHalfAwayFromZero,
  type Comparator,
  type TargetKind,
  type TargetProgress,
  type TargetSpec,
  type YearValue,
} from "@/lib/progress";

const RUNS = { numRuns: 300 };
const comparator = fc.constantFrom<Comparator>("GTE", "LTE");
const quantitativeKind = fc.constantFrom<TargetKind>("ANNUAL_RATE", "TERM_CUMULATIVE", "LEVEL_BY_DEADLINE");

/** A term of 1–10 years, a review year from before its start to after its end, and a value (or gap) per year. */
const scenario = (value: fc.Arbitrary<number>) =>
  fc
    .record({ startYear: fc.integer({ min: 2000, max: 2040 }), length: fc.integer({ min: 1, max: 10 }) })
    .chain(({ startYear, length }) =>
      fc.record({
        term: fc.constant({ startYear, endYear: startYear + length - 1 }),
        reviewYear: fc.integer({ min: startYear - 1, max: startYear + length }),
        values: fc.array(fc.option(value, { nil: null }), { minLength: length, maxLength: length }),
      }),
    )
    .map(({ term, reviewYear, values }) => ({
      term,
      reviewYear,
      values: values.map((v, i): YearValue => ({ year: term.startYear + i, value: v })),
    }));

const targetFor = (kind: TargetKind, cmp: Comparator, targetValue: number, baseline: number | null, startYear: number, deadlineOffset: number): TargetSpec => ({
  kind,
  comparator: cmp,
  targetValue,
  baselineValue: baseline,
  baselineYear: baseline === null ? null : startYear - 1,
  deadlineYear: startYear + deadlineOffset,
});

describe("progress properties", () => {
  it("% of plan is monotone in a value for GTE and antitone for LTE, for every quantitative kind", () => {
    fc.assert(
      fc.property(
        scenario(fc.integer({ min: -1000, max: 100_000 })),
        quantitativeKind,
        comparator,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 50_000 }),
        ({ term, reviewYear, values }, kind, cmp, targetValue, baseline, pick, increase) => {
          const target = targetFor(kind, cmp, targetValue, baseline, term.startYear, 5);
          const index = pick % values.length;
          const base = values.map((v, i) => (i === index ? { ...v, value: v.value ?? 0 } : v));
          const raised = base.map((v, i) => (i === index ? { ...v, value: (v.value ?? 0) + increase } : v));
          const before = computeProgress({ target, term, reviewYear, values: base }).percentOfPlan;
          const after = computeProgress({ target, term, reviewYear, values: raised }).percentOfPlan;
          if (before === null || after === null) return;
          if (cmp === "GTE") expect(after).toBeGreaterThanOrEqual(before);
          else expect(after).toBeLessThanOrEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("never ACHIEVED or EXCEEDED with a value short of plan, and never NaN or Infinity", () => {
    const value = fc.oneof(fc.integer({ min: -100, max: 2000 }), fc.double({ min: -100, max: 2000, noNaN: true }));
    fc.assert(
      fc.property(
        scenario(value),
        fc.constantFrom<TargetKind>("ANNUAL_RATE", "TERM_CUMULATIVE", "LEVEL_BY_DEADLINE", "QUALITATIVE"),
        comparator,
        fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.double({ min: -10, max: 5000, noNaN: true })),
        fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        fc.integer({ min: -3, max: 12 }),
        ({ term, reviewYear, values }, kind, cmp, targetValue, baseline, deadlineOffset) => {
          const target = targetFor(kind, cmp, targetValue, baseline, term.startYear, deadlineOffset);
          const p = computeProgress({ target, term, reviewYear, values, assessment: { result: "ON_TRACK" } });
          assertFinite(p);
          if (kind === "QUALITATIVE") return;
          if (kind !== "ANNUAL_RATE" && p.actual !== null && p.plan !== null && p.percentOfPlan !== null) {
            // The % (and its display) reads "reached" exactly when the unrounded comparison says so.
            const met = meetsTarget(p.actual, p.plan, cmp);
            expect(p.percentOfPlan >= 100).toBe(met);
            expect(roundForDisplay(p.percentOfPlan) >= 100).toBe(met);
          }
          if (p.status !== "ACHIEVED" && p.status !== "EXCEEDED") return;
          if (kind === "ANNUAL_RATE") {
            expect(p.status).toBe("ACHIEVED");
            expect(p.years.every((y) => y.met !== false)).toBe(true);
            return;
          }
          // Compared as shown (two decimals): reached means the shown value meets the shown plan.
          const actual = roundHalfAwayFromZero(p.actual!, 2) + 0; // + 0: −0 and 0 read the same
          const plan = roundHalfAwayFromZero(p.plan!, 2) + 0;
          if (cmp === "GTE") expect(actual).toBeGreaterThanOrEqual(plan);
          else expect(actual).toBeLessThanOrEqual(plan);
          if (p.status === "ACHIEVED") expect(actual).toBe(plan);
          else expect(actual).not.toBe(plan);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("no % a user sees is negative or non-finite, whatever the targets, values and coverage", () => {
    const coverage = fc.option(fc.integer({ min: 0, max: 20 }).chain((expected) => fc.record({ reporting: fc.integer({ min: 0, max: expected }), expected: fc.constant(expected) })), { nil: undefined });
    const value = fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        scenario(value),
        fc.array(coverage, { minLength: 10, maxLength: 10 }),
        quantitativeKind,
        comparator,
        fc.oneof(fc.integer({ min: -100, max: 5000 }), fc.double({ min: -100, max: 5000, noNaN: true })),
        fc.option(fc.integer({ min: -100, max: 1000 }), { nil: null }),
        fc.integer({ min: -3, max: 12 }),
        fc.boolean(),
        ({ term, reviewYear, values }, coverages, kind, cmp, targetValue, baseline, deadlineOffset, stock) => {
          const target = { ...targetFor(kind, cmp, targetValue, baseline, term.startYear, deadlineOffset), stock };
          const withCoverage = values.map((v, i) => (coverages[i] ? { ...v, completeness: coverages[i] } : v));
          const p = computeProgress({ target, term, reviewYear, values: withCoverage });
          assertFinite(p);
          for (const percent of [p.percentOfPlan, p.expectedPercent]) {
            if (percent !== null) expect(percent).toBeGreaterThanOrEqual(0);
          }
          // A stock's partial year never becomes the value it is judged on.
          if (stock && kind === "LEVEL_BY_DEADLINE" && p.judgedYear != null) {
            const judged = withCoverage.find((v) => v.year === p.judgedYear);
            const c = judged?.completeness;
            expect(c === undefined || c.expected === 0 || c.reporting >= c.expected).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("the forecast of constant yearly values is exactly the term-end sum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 2, max: 10 }),
        fc.nat(),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (startYear, length, elapsedPick, perYear, plan) => {
          const term = { startYear, endYear: startYear + length - 1 };
          const reviewYear = startYear + (elapsedPick % (length - 1)); // within the term, not its last year
          const values = Array.from({ length: reviewYear - startYear + 1 }, (_, i) => ({ year: startYear + i, value: perYear }));
          const p = computeProgress({ target: { kind: "TERM_CUMULATIVE", comparator: "GTE", targetValue: plan }, term, reviewYear, values });
          expect(p.forecast!.projectedTermEnd).toBe(perYear * length);
          expect(p.forecast!.remainingYears).toBe(term.endYear - reviewYear);
          // On pace: the projection within ON_TRACK_MAX_GAP points of the plan, compared at two decimals.
          expect(p.forecast!.onPaceToMeet).toBe(roundHalfAwayFromZero(((plan - perYear * length) * 100) / plan, 2) <= ON_TRACK_MAX_GAP);
        },
      ),
      RUNS,
    );
  });

  it("display rounding never turns a value below 100 into 100 or more, nor the reverse", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (percent, decimals) => {
        const shown = roundForDisplay(percent, decimals);
        if (percent < 100) expect(shown).toBeLessThan(100);
        else expect(shown).toBeGreaterThanOrEqual(100);
        expect(Math.abs(shown - percent)).toBeLessThanOrEqual(10 ** -decimals * (1 + 1e-9) + Math.abs(percent) * 1e-12);
      }),
      { numRuns: 2000 },
    );
    for (const near of [99.995, 99.9949999, 99.99999999, 100 - Number.EPSILON * 64]) expect(roundForDisplay(near)).toBe(99.99);
    expect(roundForDisplay(99.995, 2)).toBe(99.99);
  });
});

function assertFinite(p: TargetProgress): void {
  const numbers = [p.actual, p.plan, p.percentOfPlan, p.expectedPercent, ...p.years.flatMap((y) => [y.value, y.expected])];
  if (p.forecast) numbers.push(p.forecast.projectedTermEnd, p.forecast.neededPerYear, p.forecast.remainingYears);
  for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
}
