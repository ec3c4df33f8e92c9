// Biểu 3-BTCTW's rows for the demo: each member unit-year's members at year end (Biểu 1's row D, the figure the
// targets count) broken down by occupation (working + retired), age band, year of joining and schooling so that every
// breakdown adds up to it exactly, with its "of which" rows below it. Only new elements get values: the members at
// year end and every target keep their numbers.
import { splitRows } from "./distribute";
import type { FigureSeed } from "./figures";

type Row = Record<string, number>;

// Weights of the demo's members: offices and public services, middle-aged, upper-secondary schooled, joined after 1975.
const OCCUPATIONS: [string, number][] = [
  ["MEM_OCC_STATE", 5], ["MEM_OCC_PARTY", 5], ["MEM_OCC_COMMUNE", 3], ["MEM_OCC_VILLAGE", 1], ["MEM_OCC_PUBLIC_SERVICE", 6],
  ["MEM_OCC_PRIVATE_SERVICE", 1], ["MEM_OCC_ENTERPRISE", 3], ["MEM_OCC_FARMING", 2], ["MEM_OCC_ARMED", 1], ["MEM_OCC_STUDENT", 1],
  ["MEM_OCC_PUPIL", 0], ["MEM_OCC_OTHER", 1],
];
const ENTERPRISE: [string, number][] = [["MEM_OCC_ENTERPRISE_MANAGER", 1], ["MEM_OCC_ENTERPRISE_STAFF", 2], ["MEM_OCC_ENTERPRISE_WORKER", 4]];
const AGES: [string, number][] = [
  ["MEM_AGE_18_30", 3], ["MEM_AGE_31_35", 4], ["MEM_AGE_36_40", 5], ["MEM_AGE_41_45", 5], ["MEM_AGE_46_50", 4],
  ["MEM_AGE_51_55", 3], ["MEM_AGE_56_60", 2], ["MEM_AGE_OVER_60", 4],
];
// Nobody in the demo joined before the August Revolution; a few veterans joined during the wars.
const JOINED: [string, number][] = [["MEM_JOINED_BEFORE_1945", 0], ["MEM_JOINED_1945_1954", 0], ["MEM_JOINED_1954_1975", 1], ["MEM_JOINED_SINCE_1975", 40]];
const SCHOOLING: [string, number][] = [["MEM_EDU_LITERATE", 0], ["MEM_EDU_PRIMARY", 1], ["MEM_EDU_LOWER_SECONDARY", 3], ["MEM_EDU_UPPER_SECONDARY", 30]];
const PROFESSIONAL: [string, number][] = [
  ["MEM_PRO_VOCATIONAL", 1], ["MEM_PRO_INTERMEDIATE", 2], ["MEM_PRO_COLLEGE", 2], ["MEM_PRO_UNIVERSITY", 10], ["MEM_PRO_MASTER", 3], ["MEM_PRO_DOCTOR", 1],
];


const share = (total: number, percent: number) => Math.floor((total * percent) / 100);

/** One unit-year's Biểu 3 rows from its members at year end and its admissions (this year's are still probationary). */
export function memberRows(end: number, admitted: number, i: number): Row {
  const retired = share(end, 15 + (i % 6));
  const working = splitRows(end - retired, OCCUPATIONS, i);
  return {
    MEM_PROBATIONARY: Math.min(end, admitted),
    MEM_YOUTH_UNION: share(end, 10 + (i % 5)),
    MEM_PRIVATE_OWNER: Math.floor(end / 200),
    MEM_FOREIGN_SPOUSE: Math.floor(end / 2000),
    MEM_WORKING: end - retired,
    ...working,
    ...splitRows(working.MEM_OCC_ENTERPRISE!, ENTERPRISE, i),
    MEM_RETIRED: retired,
    MEM_EXEMPT: share(retired, 20),
    ...splitRows(end, AGES, i),
    ...splitRows(end, JOINED, i),
    ...splitRows(end, SCHOOLING, i),
    ...splitRows(share(end, 85), PROFESSIONAL, i),
    MEM_ASSOC_PROFESSOR: Math.floor(end / 1000),
    MEM_PROFESSOR: Math.floor(end / 5000),
    MEM_THEORY_ELEMENTARY: share(end, 45),
    MEM_THEORY_INTERMEDIATE: share(end, 20 + (i % 4)),
    MEM_THEORY_ADVANCED: share(end, 5 + (i % 3)),
  };
}

/** Biểu 3's rows for every unit-year that has members at year end, with that figure's status. */
export function memberBreakdowns(figures: readonly FigureSeed[]): FigureSeed[] {
  const ends = figures.filter((f) => f.element === "MEMBERS_TOTAL");
  const admitted = new Map(figures.filter((f) => f.element === "MEMBERS_ADMITTED").map((f) => [`${f.committee}:${f.year}`, f.value]));
  const units = [...new Set(ends.map((f) => f.committee))];
  return ends.flatMap((f) => Object.entries(memberRows(f.value, admitted.get(`${f.committee}:${f.year}`) ?? 0, units.indexOf(f.committee)))
    .map(([element, value]) => ({ committee: f.committee, element, year: f.year, value, status: f.status })));
}
