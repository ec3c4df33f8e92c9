// Biểu 2-BTCTW's rows for the demo: each member unit-year's admissions (Biểu 1's "1. Kết nạp", the figure the
// targets count) broken down by occupation, age band and schooling so that every breakdown adds up to it exactly,
// with its "of which" rows below it. Only new elements get values: the admissions and every target keep their numbers.
import { splitRows } from "./distribute";
import type { FigureSeed } from "./figures";

type Row = Record<string, number>;

// Weights of the demo's admissions: mostly young, upper-secondary schooled, from offices and public services.
const OCCUPATIONS: [string, number][] = [
  ["ADM_OCC_STATE", 3], ["ADM_OCC_PARTY", 3], ["ADM_OCC_COMMUNE", 2], ["ADM_OCC_VILLAGE", 1], ["ADM_OCC_PUBLIC_SERVICE", 4],
  ["ADM_OCC_PRIVATE_SERVICE", 1], ["ADM_OCC_ENTERPRISE", 3], ["ADM_OCC_FARMING", 2], ["ADM_OCC_ARMED", 1], ["ADM_OCC_STUDENT", 1],
  ["ADM_OCC_PUPIL", 0], ["ADM_OCC_OTHER", 1],
];
const ENTERPRISE: [string, number][] = [["ADM_OCC_ENTERPRISE_MANAGER", 1], ["ADM_OCC_ENTERPRISE_STAFF", 2], ["ADM_OCC_ENTERPRISE_WORKER", 4]];
const AGES: [string, number][] = [
  ["ADM_AGE_18_30", 10], ["ADM_AGE_31_35", 4], ["ADM_AGE_36_40", 2], ["ADM_AGE_41_45", 1], ["ADM_AGE_46_50", 1],
  ["ADM_AGE_51_55", 0], ["ADM_AGE_56_60", 0], ["ADM_AGE_OVER_60", 0],
];
const SCHOOLING: [string, number][] = [["ADM_EDU_LITERATE", 0], ["ADM_EDU_PRIMARY", 0], ["ADM_EDU_LOWER_SECONDARY", 1], ["ADM_EDU_UPPER_SECONDARY", 12]];
const PROFESSIONAL: [string, number][] = [
  ["ADM_PRO_VOCATIONAL", 1], ["ADM_PRO_INTERMEDIATE", 2], ["ADM_PRO_COLLEGE", 2], ["ADM_PRO_UNIVERSITY", 8], ["ADM_PRO_MASTER", 2], ["ADM_PRO_DOCTOR", 0],
];


/** One unit-year's Biểu 2 rows from its admissions. */
export function admissionRows(admitted: number, i: number): Row {
  const occupation = splitRows(admitted, OCCUPATIONS, i);
  return {
    ADM_ETHNIC_MINORITY: Math.floor(admitted / 10) + (admitted > 0 && i % 4 === 0 ? 1 : 0),
    ADM_YOUTH_UNION: Math.floor((admitted * 6) / 10),
    ADM_PRIVATE_OWNER: Math.floor(admitted / 25),
    ADM_FAMILY_PLANNING: 0,
    ADM_FOREIGN_SPOUSE: 0,
    ADM_READMITTED: admitted > 0 && i % 5 === 0 ? 1 : 0,
    ...occupation,
    ...splitRows(occupation.ADM_OCC_ENTERPRISE!, ENTERPRISE, i),
    ...splitRows(admitted, AGES, i),
    ...splitRows(admitted, SCHOOLING, i),
    ...splitRows(Math.floor((admitted * 85) / 100), PROFESSIONAL, i),
    ADM_ASSOC_PROFESSOR: 0,
    ADM_PROFESSOR: 0,
  };
}

/** Biểu 2's rows for every unit-year that has admissions, with that figure's status. */
export function admissionBreakdowns(figures: readonly FigureSeed[]): FigureSeed[] {
  const admissions = figures.filter((f) => f.element === "MEMBERS_ADMITTED");
  const units = [...new Set(admissions.map((f) => f.committee))];
  return admissions.flatMap((f) => Object.entries(admissionRows(f.value, units.indexOf(f.committee)))
    .map(([element, value]) => ({ committee: f.committee, element, year: f.year, value, status: f.status })));
}
