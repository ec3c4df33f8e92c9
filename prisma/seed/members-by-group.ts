// Biểu 4-BTCTW's rows for the demo: each member unit-year's members at year end (Biểu 1's row D, the figure the
// targets count) split over the ethnic groups a southern province has (mostly Kinh, some Khơ-me, Hoa, Chăm) so that
// they add up to it exactly, with their women, and the members of a religion among them. A unit enters only the
// groups it has (the other rows stay empty, as a clerk leaves them). Only new elements get values.
import { distribute } from "./distribute";
import type { FigureSeed } from "./figures";

type Row = Record<string, number>;

// Per 1,000 members; turned by the unit's index so units differ.
const ETHNIC: [string, number][] = [["KINH", 900], ["KHMER", 50], ["HOA", 30], ["CHAM", 10], ["TAY", 5], ["MUONG", 5]];
const RELIGIONS: [string, number][] = [["BUDDHISM", 60], ["CATHOLIC", 25], ["HOA_HAO", 20], ["CAO_DAI", 10], ["ISLAM", 8]];

/** One unit-year's Biểu 4 rows (only those above 0) from its members at year end. */
export function groupRows(members: number, i: number): Row {
  const weights = ETHNIC.map(([, w], k) => (k === 0 ? w : w + ((i + k) % 4) * 5));
  const ethnic = distribute(members, weights);
  const row: Row = {};
  // Women: about 35–44% of each row.
  const women = (n: number) => Math.floor((n * (35 + ((i * 3) % 10))) / 100);
  ETHNIC.forEach(([code], k) => {
    if (ethnic[k]! === 0) return;
    row[`ETHNIC_${code}`] = ethnic[k]!;
    row[`ETHNIC_${code}_WOMEN`] = women(ethnic[k]!);
  });
  for (const [code, per] of RELIGIONS) {
    const n = Math.floor((members * (per + (i % 3) * 5)) / 1000);
    if (n === 0) continue;
    row[`RELIGION_${code}`] = n;
    row[`RELIGION_${code}_WOMEN`] = women(n);
  }
  return row;
}

/** Biểu 4's rows for every unit-year that has members at year end, with that figure's status. */
export function membersByGroup(figures: readonly FigureSeed[]): FigureSeed[] {
  const ends = figures.filter((f) => f.element === "MEMBERS_TOTAL");
  const units = [...new Set(ends.map((f) => f.committee))];
  return ends.flatMap((f) => Object.entries(groupRows(f.value, units.indexOf(f.committee)))
    .map(([element, value]) => ({ committee: f.committee, element, year: f.year, value, status: f.status })));
}
