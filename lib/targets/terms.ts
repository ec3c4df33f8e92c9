// The rule terms keep with each other, shared by the terms page and `npm run setup`. Consecutive Party terms share
// their boundary year (the congress of 2025 closes 2020–2025 and opens 2025–2030), so only a longer overlap is one.

export interface TermYears {
  id?: number;
  name: string;
  startYear: number;
  endYear: number;
}

export const termName = (startYear: number, endYear: number) => `${startYear}–${endYear}`;

/** The first of `existing` (other than `ignoreId`) that shares more than a boundary year with start–end. */
export function overlappingTerm<T extends TermYears>(existing: T[], startYear: number, endYear: number, ignoreId?: number): T | undefined {
  return existing.find((t) => t.id !== ignoreId && startYear < t.endYear && t.startYear < endYear);
}

/** "2025-2030", "2025–2030" or "2025 - 2030" as years; undefined when it is not a term of 1–10 years. */
export function parseTermYears(text: string): { startYear: number; endYear: number } | undefined {
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const startYear = Number(m[1]);
  const endYear = Number(m[2]);
  return endYear > startYear && endYear - startYear <= 10 && startYear >= 1930 && endYear <= 2100 ? { startYear, endYear } : undefined;
}
