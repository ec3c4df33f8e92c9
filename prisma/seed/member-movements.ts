// Biểu 1-BTCTW's rows for the demo: each member unit's year of joins and departures, built around the members at
// year end (row D) and the admissions (row 1) the demo already has, so the targets keep their numbers and every
// identity of the form holds: D = A + B − C, B = 1 + 2 + 3, 2 = a + b, C = 1 + … + 5, 5 = a + b, "of which" ≤
// its row, and A = last year's D of the same unit.
import type { FigureSeed } from "./figures";

type Row = Record<string, number>;

/** One unit-year's rows from its end, admissions and start (last year's end, or a given start in its first year). */
export function movementRows(end: number, admitted: number, start: number, i: number, year: number): Row {
  // Departures in proportion to the unit's size, varied by unit and year so the demo's units differ; a small
  // cell loses a member now and then rather than never.
  const now = (every: number) => ((i * 7 + year) % every === 0 ? 1 : 0);
  const died = Math.floor((end * (3 + (i % 4))) / 1000) + now(3);
  const struckOff = Math.floor((end * (i % 3)) / 800) + now(7);
  const probationary = Math.floor((struckOff + now(2)) / 2);
  const expelled = end >= 2000 ? Math.floor(end / 4000) : 0;
  const resigned = end >= 5000 ? 1 : now(11);
  const reinstated = end >= 5000 ? 1 : 0;
  let outProvince = Math.floor(end / 400) + now(5);
  let outDistrict = Math.floor(end / 250) + now(4);
  // What transfers in must make up; a negative amount is more transfers out instead.
  let transferIn = end - start - admitted - reinstated + died + expelled + struckOff + resigned + outProvince + outDistrict;
  if (transferIn < 0) {
    outDistrict -= transferIn;
    transferIn = 0;
  }
  const inProvince = Math.floor(transferIn / 3);
  const inDistrict = transferIn - inProvince;
  const transferOut = outProvince + outDistrict;
  return {
    MEMBERS_START: start,
    MEMBERS_INCREASE: admitted + transferIn + reinstated,
    MEMBERS_TRANSFERRED_IN: transferIn, MEMBERS_IN_OTHER_PROVINCE: inProvince, MEMBERS_IN_OTHER_DISTRICT: inDistrict,
    MEMBERS_REINSTATED: reinstated,
    MEMBERS_DECREASE: died + expelled + struckOff + resigned + transferOut,
    MEMBERS_DIED: died, MEMBERS_EXPELLED: expelled, MEMBERS_STRUCK_OFF: struckOff, MEMBERS_STRUCK_OFF_PROBATIONARY: probationary,
    MEMBERS_RESIGNED: resigned, MEMBERS_TRANSFERRED_OUT: transferOut, MEMBERS_OUT_OTHER_PROVINCE: outProvince, MEMBERS_OUT_OTHER_DISTRICT: outDistrict,
  };
}

/**
 * Biểu 1's other rows for every unit-year that has members at year end, with that figure's status. A unit's first
 * year starts from `firstStart` (the members it took over) or, failing that, from a 1.5% net growth.
 */
export function memberMovements(figures: readonly FigureSeed[], firstStart: ReadonlyMap<string, number> = new Map()): FigureSeed[] {
  const ends = figures.filter((f) => f.element === "MEMBERS_TOTAL");
  const admitted = new Map(figures.filter((f) => f.element === "MEMBERS_ADMITTED").map((f) => [`${f.committee}:${f.year}`, f.value]));
  const units = [...new Set(ends.map((f) => f.committee))];
  const out: FigureSeed[] = [];
  units.forEach((committee, i) => {
    const years = ends.filter((f) => f.committee === committee).sort((a, b) => a.year - b.year);
    let previous: number | undefined;
    for (const f of years) {
      const adm = admitted.get(`${committee}:${f.year}`) ?? 0;
      const start = previous ?? firstStart.get(committee) ?? Math.max(0, Math.round(f.value / 1.015) - 0);
      const rows = movementRows(f.value, adm, start, i, f.year);
      for (const [element, value] of Object.entries(rows)) out.push({ committee, element, year: f.year, value, status: f.status });
      previous = f.value;
    }
  });
  return out;
}
