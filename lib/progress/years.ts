// Term and review-year arithmetic. A term is inclusive at both ends (2020–2025 = 6 years) and the review
// year counts as elapsed: a mid-term review in 2022 looks at 2020, 2021 and 2022.
import type { TermSpan, YearValue } from "./types";

/** A calendar year we accept from data: a positive safe integer. Anything else is ignored, not guessed at. */
export function isUsableYear(year: unknown): year is number {
  return typeof year === "number" && Number.isSafeInteger(year) && year > 0;
}

export function termLength(term: TermSpan): number {
  return term.endYear - term.startYear + 1;
}

export function isTermStarted(term: TermSpan, reviewYear: number): boolean {
  return reviewYear >= term.startYear;
}

/** The review in the last year of the term is the term-end review (tổng kết), so the term counts as over. */
export function isTermOver(term: TermSpan, reviewYear: number): boolean {
  return reviewYear >= term.endYear;
}

/** Term years from the start through min(reviewYear, endYear); empty before the term starts. */
export function elapsedTermYears(term: TermSpan, reviewYear: number): number[] {
  const last = Math.min(reviewYear, term.endYear);
  const years: number[] = [];
  for (let year = term.startYear; year <= last; year++) years.push(year);
  return years;
}

/** Term years after the review year: all of them before the start, 0 once the term is over. */
export function remainingTermYears(term: TermSpan, reviewYear: number): number {
  return Math.max(0, term.endYear - Math.max(reviewYear, term.startYear - 1));
}

/** Programmer errors (a malformed term), unlike data gaps, should fail loudly instead of producing a status. */
export function assertValidTerm(term: TermSpan, reviewYear: number): void {
  if (!Number.isSafeInteger(term.startYear) || !Number.isSafeInteger(term.endYear)) {
    throw new RangeError(`Term years must be integers: ${term.startYear}–${term.endYear}`);
  }
  if (term.endYear < term.startYear) {
    throw new RangeError(`Term ends before it starts: ${term.startYear}–${term.endYear}`);
  }
  if (!Number.isSafeInteger(reviewYear)) throw new RangeError(`Review year must be an integer: ${reviewYear}`);
}

/**
 * Values of the given years, keyed by year. Entries for other years (outside the term, after the review
 * year, negative or fractional) are ignored. A duplicated year keeps its LAST entry, as a later correction
 * overrides an earlier one in an import. Non-finite values (NaN, ±Infinity) count as missing.
 */
export function collectYearValues(values: readonly YearValue[], years: readonly number[]): Map<number, YearValue> {
  const wanted = new Set(years);
  const byYear = new Map<number, YearValue>();
  for (const entry of values) {
    if (!isUsableYear(entry.year) || !wanted.has(entry.year)) continue;
    const value = typeof entry.value === "number" && Number.isFinite(entry.value) ? entry.value : null;
    byYear.set(entry.year, { ...entry, value });
  }
  return byYear;
}
