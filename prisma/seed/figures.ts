// Demo yearly figures. Each group's yearly totals are set to the numbers of the press reports in DESIGN.md
// (547 of 700 admissions at mid-term, 96.1% / 94.8% / 97.0% rated well or better, 2,796 positions cut,
// 60 new organizations in non-state enterprises…) and spread over the group's units exactly, so the rolled-up
// totals are those numbers to the unit.
import type { FigureStatus } from "@/lib/generated/prisma/enums";
import { admissionBreakdowns } from "./admissions-breakdown";
import { memberBreakdowns } from "./members-breakdown";
import { distribute } from "./distribute";
import { memberMovements } from "./member-movements";
import { membersByGroup } from "./members-by-group";
import { AGENCIES, BLOC, COMMITTEES, FORMER_AGENCIES, grassrootsUnits, memberUnits, organizationUnits, PROVINCE, type CommitteeSeed } from "./tree";

export interface FigureSeed {
  committee: string;
  element: string;
  year: number;
  value: number;
  status: FigureStatus;
}

// Re-exported: the demo's other modules split their totals the same way.
export { distribute };

interface MemberYear {
  total: number;
  assessed: number;
  /** Rated good or better, in percent of those assessed (rounded to members). */
  goodPlusRate: number;
  excellent: number;
  notCompleted: number;
  admitted: number;
}

interface OrgYear {
  notGoodPlus: number;
  orgsExcellent: number;
  fourGood: number;
  digital: number;
}

const figures: FigureSeed[] = [];

function put(units: CommitteeSeed[], element: string, year: number, values: number[], status: (u: CommitteeSeed, i: number) => FigureStatus | null) {
  units.forEach((u, i) => {
    const s = status(u, i);
    if (s) figures.push({ committee: u.code, element, year, value: values[i]!, status: s });
  });
}

function members(units: CommitteeSeed[], year: number, y: MemberYear, status: (u: CommitteeSeed, i: number) => FigureStatus | null) {
  const weights = units.map((u) => u.weight);
  const assessed = distribute(y.assessed, weights);
  const goodPlus = Math.round((y.assessed * y.goodPlusRate) / 100);
  const notCompleted = distribute(y.notCompleted, assessed);
  const excellent = distribute(y.excellent, assessed);
  const completed = distribute(y.assessed - goodPlus - y.notCompleted, assessed);
  // Good is what remains, so the four levels add up to those assessed in every unit.
  const good = assessed.map((a, i) => a - excellent[i]! - completed[i]! - notCompleted[i]!);
  put(units, "MEMBERS_TOTAL", year, distribute(y.total, weights), status);
  put(units, "MEMBERS_ASSESSED", year, assessed, status);
  put(units, "MEMBERS_EXCELLENT", year, excellent, status);
  put(units, "MEMBERS_GOOD", year, good, status);
  put(units, "MEMBERS_COMPLETED", year, completed, status);
  put(units, "MEMBERS_NOT_COMPLETED", year, notCompleted, status);
  put(units, "MEMBERS_ADMITTED", year, distribute(y.admitted, weights), status);
}

/** Each organization unit is one organization: exactly one classification level is 1. */
function organizations(units: CommitteeSeed[], year: number, y: OrgYear, status: (u: CommitteeSeed, i: number) => FigureStatus | null, stride = 7) {
  const n = units.length;
  // Rotate who is rated lower from year to year, deterministically. The stride must be prime to n, or several
  // units share a rank (21 units with a stride of 7 would rate 7 of them lower instead of 1).
  const rank = (i: number) => (i * stride + year * 3) % n;
  const level = units.map((_, i) => (rank(i) < y.notGoodPlus ? "COMPLETED" : rank(i) >= n - y.orgsExcellent ? "EXCELLENT" : "GOOD"));
  put(units, "ORGS_ASSESSED", year, units.map(() => 1), status);
  for (const l of ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"]) {
    put(units, `ORGS_${l}`, year, level.map((x) => (x === l ? 1 : 0)), status);
  }
  put(units, "ORGS_4GOOD", year, units.map((_, i) => (rank(i) >= n - y.fourGood ? 1 : 0)), status);
  put(units, "ORGS_DIGITAL", year, units.map((_, i) => ((i * 5) % n < y.digital ? 1 : 0)), status);
}

function spread(units: CommitteeSeed[], element: string, year: number, total: number, status: (u: CommitteeSeed, i: number) => FigureStatus | null) {
  put(units, element, year, distribute(total, units.map((u) => u.weight || 30)), status);
}

const approved = () => "APPROVED" as const;

// ── Bloc of agencies and enterprises, term 2020–2025 ──
const blocMembers = memberUnits(BLOC);
const blocOrgs = organizationUnits(BLOC);
const blocGrassroots = grassrootsUnits(BLOC);
interface GroupYear extends MemberYear, Omit<OrgYear, "orgsExcellent"> {
  records: number;
  /** Records handled online, in percent. */
  online: number;
  nonState: number;
  congresses: number;
  trained: number;
  inspections: number;
}
const blocYears: Record<number, GroupYear> = {
  2020: { total: 4480, assessed: 4310, goodPlusRate: 96.1, excellent: 530, notCompleted: 39, admitted: 172, notGoodPlus: 3, fourGood: 40, digital: 20, records: 21000, online: 40, nonState: 4, congresses: 0, trained: 55, inspections: 40 },
  2021: { total: 4590, assessed: 4405, goodPlusRate: 94.8, excellent: 520, notCompleted: 70, admitted: 181, notGoodPlus: 4, fourGood: 39, digital: 24, records: 22400, online: 63, nonState: 3, congresses: 0, trained: 58, inspections: 42 },
  2022: { total: 4705, assessed: 4515, goodPlusRate: 97.0, excellent: 560, notCompleted: 32, admitted: 194, notGoodPlus: 2, fourGood: 41, digital: 30, records: 23100, online: 92, nonState: 4, congresses: 304, trained: 57, inspections: 43 },
  2023: { total: 4770, assessed: 4690, goodPlusRate: 96.5, excellent: 575, notCompleted: 38, admitted: 75, notGoodPlus: 2, fourGood: 42, digital: 36, records: 23800, online: 94, nonState: 2, congresses: 0, trained: 30, inspections: 22 },
  2024: { total: 4820, assessed: 4745, goodPlusRate: 96.8, excellent: 590, notCompleted: 28, admitted: 70, notGoodPlus: 1, fourGood: 43, digital: 40, records: 24300, online: 96, nonState: 1, congresses: 0, trained: 28, inspections: 20 },
  2025: { total: 4850, assessed: 4780, goodPlusRate: 97.2, excellent: 600, notCompleted: 24, admitted: 68, notGoodPlus: 1, fourGood: 44, digital: 44, records: 24900, online: 97, nonState: 2, congresses: 298, trained: 25, inspections: 18 },
};
for (const [yearText, y] of Object.entries(blocYears)) {
  const year = Number(yearText);
  members(blocMembers, year, y, approved);
  organizations(blocOrgs, year, { ...y, orgsExcellent: Math.round(blocOrgs.length * 0.2) }, approved);
  const recordsTotal = distribute(y.records, blocGrassroots.map(() => 1));
  const recordsOnline = distribute(Math.round((y.records * y.online) / 100), recordsTotal);
  put(blocGrassroots, "RECORDS_TOTAL", year, recordsTotal, approved);
  put(blocGrassroots, "RECORDS_ONLINE", year, recordsOnline, approved);
  if (y.nonState) spread(blocGrassroots.slice(0, 10), "ORGS_NEW_NONSTATE", year, y.nonState, approved);
  if (y.congresses) spread(blocGrassroots, "CELL_CONGRESSES", year, y.congresses, approved);
  spread(blocGrassroots, "CADRES_TRAINED", year, y.trained, approved);
  spread(blocGrassroots, "INSPECTIONS", year, y.inspections, approved);
}

// ── The provincial Party agencies' 21 grassroots organizations, 2020–2024 (merged into 12 on 10 Feb 2025) ──
// Their members were counted in the districts' lump figures before; the districts' admissions are lowered by
// theirs so the province's totals (4,700 admitted at mid-term) stay those of the press report.
const formerMembers = memberUnits(FORMER_AGENCIES);
const formerOrgs = organizationUnits(FORMER_AGENCIES);
const formerGrassroots = grassrootsUnits(FORMER_AGENCIES);
const formerYears: Record<number, GroupYear> = {
  2020: { total: 588, assessed: 566, goodPlusRate: 94.9, excellent: 64, notCompleted: 4, admitted: 17, notGoodPlus: 2, fourGood: 14, digital: 4, records: 7600, online: 28, nonState: 0, congresses: 0, trained: 16, inspections: 9 },
  2021: { total: 594, assessed: 573, goodPlusRate: 95.3, excellent: 66, notCompleted: 3, admitted: 19, notGoodPlus: 2, fourGood: 15, digital: 6, records: 7900, online: 37, nonState: 0, congresses: 0, trained: 18, inspections: 10 },
  2022: { total: 601, assessed: 580, goodPlusRate: 95.7, excellent: 68, notCompleted: 3, admitted: 21, notGoodPlus: 1, fourGood: 16, digital: 9, records: 8200, online: 45, nonState: 0, congresses: 21, trained: 17, inspections: 10 },
  2023: { total: 606, assessed: 586, goodPlusRate: 96.1, excellent: 70, notCompleted: 2, admitted: 18, notGoodPlus: 1, fourGood: 17, digital: 12, records: 8600, online: 51, nonState: 0, congresses: 0, trained: 20, inspections: 11 },
  2024: { total: 611, assessed: 590, goodPlusRate: 96.0, excellent: 71, notCompleted: 3, admitted: 20, notGoodPlus: 1, fourGood: 17, digital: 15, records: 9100, online: 56, nonState: 0, congresses: 0, trained: 21, inspections: 12 },
};
for (const [yearText, y] of Object.entries(formerYears)) {
  const year = Number(yearText);
  members(formerMembers, year, y, approved);
  organizations(formerOrgs, year, { ...y, orgsExcellent: 4 }, approved, 5);
  const recordsTotal = distribute(y.records, formerGrassroots.map((u) => u.weight));
  put(formerGrassroots, "RECORDS_TOTAL", year, recordsTotal, approved);
  put(formerGrassroots, "RECORDS_ONLINE", year, distribute(Math.round((y.records * y.online) / 100), recordsTotal), approved);
  if (y.congresses) spread(formerGrassroots, "CELL_CONGRESSES", year, y.congresses, approved);
  spread(formerGrassroots, "CADRES_TRAINED", year, y.trained, approved);
  spread(formerGrassroots, "INSPECTIONS", year, y.inspections, approved);
}

// ── Districts: lump units, 2020–2025 ──
const districts = COMMITTEES.filter((c) => c.kind === "DISTRICT");
const districtYears: Record<number, MemberYear & { nonState: number; orgs: number; orgsGoodPlus: number }> = {
  2020: { total: 48200, assessed: 46700, goodPlusRate: 95.4, excellent: 5650, notCompleted: 560, admitted: 1350, nonState: 15, orgs: 1460, orgsGoodPlus: 1372 },
  2021: { total: 49100, assessed: 47550, goodPlusRate: 95.1, excellent: 5700, notCompleted: 620, admitted: 1390, nonState: 17, orgs: 1462, orgsGoodPlus: 1366 },
  2022: { total: 50050, assessed: 48480, goodPlusRate: 95.9, excellent: 5850, notCompleted: 530, admitted: 1413, nonState: 17, orgs: 1465, orgsGoodPlus: 1390 },
  2023: { total: 50600, assessed: 49300, goodPlusRate: 96.2, excellent: 5950, notCompleted: 500, admitted: 1250, nonState: 6, orgs: 1468, orgsGoodPlus: 1400 },
  2024: { total: 51000, assessed: 49750, goodPlusRate: 96.4, excellent: 6000, notCompleted: 470, admitted: 1180, nonState: 5, orgs: 1470, orgsGoodPlus: 1408 },
  2025: { total: 51300, assessed: 50100, goodPlusRate: 96.6, excellent: 6050, notCompleted: 440, admitted: 1120, nonState: 4, orgs: 1471, orgsGoodPlus: 1415 },
};
for (const [yearText, y] of Object.entries(districtYears)) {
  const year = Number(yearText);
  members(districts, year, { ...y, admitted: y.admitted - (formerYears[year]?.admitted ?? 0) }, approved);
  const weights = districts.map((d) => d.weight);
  const orgs = distribute(y.orgs, weights);
  const goodPlus = distribute(y.orgsGoodPlus, orgs);
  const excellent = goodPlus.map((g) => Math.floor(g * 0.18));
  put(districts, "ORGS_ASSESSED", year, orgs, approved);
  put(districts, "ORGS_EXCELLENT", year, excellent, approved);
  put(districts, "ORGS_GOOD", year, goodPlus.map((g, i) => g - excellent[i]!), approved);
  put(districts, "ORGS_COMPLETED", year, orgs.map((o, i) => o - goodPlus[i]!), approved);
  put(districts, "ORGS_NOT_COMPLETED", year, orgs.map(() => 0), approved);
  spread(districts, "ORGS_NEW_NONSTATE", year, y.nonState, approved);
}

// ── The province itself: staffing positions cut (a province-wide figure, entered by the province) ──
const province = COMMITTEES.filter((c) => c.code === PROVINCE);
const staffCut: Record<number, number> = { 2020: 880, 2021: 950, 2022: 966, 2023: 420, 2024: 390, 2025: 350 };
for (const [year, cut] of Object.entries(staffCut)) put(province, "STAFF_CUT", Number(year), [cut], approved);

// ── Agencies' committee, term 2025–2030: 2025 approved; 2026 in progress at the year-end deadline ──
const agencyMembers = memberUnits(AGENCIES);
const agencyOrgs = organizationUnits(AGENCIES);
const agencyGrassroots = grassrootsUnits(AGENCIES);
// 2026: a quarter of the units submitted, a quarter approved early, a quarter still drafting, a quarter not started.
const status2026 = (_u: CommitteeSeed, i: number): FigureStatus | null => (["SUBMITTED", "APPROVED", "DRAFT", null] as const)[i % 4]!;
const agencyYears: Record<number, GroupYear> = {
  2025: { total: 806, assessed: 780, goodPlusRate: 96.3, excellent: 94, notCompleted: 3, admitted: 24, notGoodPlus: 0, fourGood: 16, digital: 11, records: 9400, online: 62, nonState: 0, congresses: 0, trained: 22, inspections: 11 },
  2026: { total: 818, assessed: 792, goodPlusRate: 95.6, excellent: 98, notCompleted: 5, admitted: 27, notGoodPlus: 1, fourGood: 17, digital: 14, records: 8900, online: 71, nonState: 0, congresses: 0, trained: 19, inspections: 9 },
};
for (const [yearText, y] of Object.entries(agencyYears)) {
  const year = Number(yearText);
  const status = year === 2025 ? approved : status2026;
  members(agencyMembers, year, y, status);
  organizations(agencyOrgs, year, { ...y, orgsExcellent: year === 2025 ? 5 : 6 }, status);
  const recordsTotal = distribute(y.records, agencyGrassroots.map(() => 1));
  put(agencyGrassroots, "RECORDS_TOTAL", year, recordsTotal, status);
  put(agencyGrassroots, "RECORDS_ONLINE", year, distribute(Math.round((y.records * y.online) / 100), recordsTotal), status);
  spread(agencyGrassroots, "CADRES_TRAINED", year, y.trained, status);
  spread(agencyGrassroots, "INSPECTIONS", year, y.inspections, status);
}

// Biểu 1-BTCTW around those numbers. The agencies' committee took over the former agencies' 611 members of 2024:
// its units start 2025 from them, so its Biểu 1 for 2025 carries last year's end over as the form requires.
const agencyStart = distribute(formerYears[2024]!.total, agencyMembers.map((u) => u.weight));
figures.push(...memberMovements(figures, new Map(agencyMembers.map((u, i) => [u.code, agencyStart[i]!]))));
// Biểu 2-BTCTW: the same admissions by occupation, age and schooling.
figures.push(...admissionBreakdowns(figures));
// Biểu 3-BTCTW: the members at year end by occupation, age, year of joining and schooling.
figures.push(...memberBreakdowns(figures));
// Biểu 4-BTCTW: the same members at year end by ethnic group and religion.
figures.push(...membersByGroup(figures));

export const FIGURES: readonly FigureSeed[] = figures;
