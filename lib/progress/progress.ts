// Entry point: clean the input once, then let the target's kind decide the math.
import { computeAnnualRate } from "./annual-rate";
import type { KindInput } from "./kind-input";
import { computeLevelByDeadline } from "./level-by-deadline";
import { computeQualitative } from "./qualitative";
import { computeTermCumulative } from "./term-cumulative";
import type { ComputeProgressInput, TargetProgress } from "./types";
import { assertValidTerm, collectYearValues, elapsedTermYears, isTermOver } from "./years";

/**
 * Progress of one target of one committee at a review year. Pure and total over data: missing or odd values
 * give NO_DATA or gaps, never NaN. Throws RangeError only for a malformed term or review year.
 */
export function computeProgress(input: ComputeProgressInput): TargetProgress {
  const { target, term, reviewYear } = input;
  assertValidTerm(term, reviewYear);
  const years = elapsedTermYears(term, reviewYear);
  const kindInput: KindInput = {
    target,
    term,
    reviewYear,
    years,
    byYear: collectYearValues(input.values, years),
    termOver: isTermOver(term, reviewYear),
    assessment: input.assessment ?? null,
  };
  switch (target.kind) {
    case "ANNUAL_RATE":
      return computeAnnualRate(kindInput);
    case "TERM_CUMULATIVE":
      return computeTermCumulative(kindInput);
    case "LEVEL_BY_DEADLINE":
      return computeLevelByDeadline(kindInput);
    case "QUALITATIVE":
      return computeQualitative(kindInput);
    default: {
      const unknown: never = target.kind;
      throw new RangeError(`Unknown target kind: ${String(unknown)}`);
    }
  }
}
