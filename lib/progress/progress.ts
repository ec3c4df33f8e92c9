// Entry point: clean the input once, then let the target's kind decide the math.
import { computeAnnualRate } from "./annual-rate";
import { isPartial, type KindInput } from "./kind-input";
import { computeLevelByDeadline } from "./level-by-deadline";
import { computeQualitative } from "./qualitative";
import { computeTermCumulative } from "./term-cumulative";
import type { ComputeProgressInput, Provisional, TargetProgress } from "./types";
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
  const progress = computeKind(kindInput);
  return { ...progress, provisional: provisionalOf(progress, target.stock === true) };
}

function computeKind(input: KindInput): TargetProgress {
  switch (input.target.kind) {
    case "ANNUAL_RATE":
      return computeAnnualRate(input);
    case "TERM_CUMULATIVE":
      return computeTermCumulative(input);
    case "LEVEL_BY_DEADLINE":
      return computeLevelByDeadline(input);
    case "QUALITATIVE":
      return computeQualitative(input);
    default: {
      const unknown: never = input.target.kind;
      throw new RangeError(`Unknown target kind: ${String(unknown)}`);
    }
  }
}

/**
 * The latest year with a value that not every unit has submitted: what a reader must be told the numbers
 * rest on. A stock level sets such a year aside instead (it is then shown beside the verdict, not in it).
 */
function provisionalOf(progress: TargetProgress, stock: boolean): Provisional | null {
  if (progress.kind === "QUALITATIVE") return null;
  const partial = progress.years.filter((row) => row.value !== null && isPartial(row.completeness)).at(-1);
  if (!partial?.completeness) return null;
  const setAside = stock && progress.kind === "LEVEL_BY_DEADLINE";
  return { year: partial.year, coverage: partial.completeness, setAside, value: partial.value };
}
