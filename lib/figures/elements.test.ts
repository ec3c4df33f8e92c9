import { describe, expect, it } from "vitest";
import { defaultEntryYear, entryPlan, formElements, type CatalogueElement } from "./elements";

const el = (id: number, groupCode: string, partOfId: number | null = null, classificationLevel: number | null = null): CatalogueElement => ({
  id, code: `E${id}`, nameVi: `E${id}`, nameEn: `E${id}`, unitVi: "", unitEn: "", groupCode, sortOrder: id, valueType: "COUNT",
  partOfId, classificationLevel, levelCapPercent: null, entryLevel: "ANY",
  formCode: null, formRow: null, formOrder: null, formIndent: 0, sumOfId: null, sumSign: null, carriedFromId: null,
});
// total ⊇ assessed ⊇ four levels; admissions; organizations with an overlapping "4-good" part.
const CATALOGUE = [el(1, "M"), el(2, "M", 1), el(3, "M", 2, 1), el(4, "M", 2, 2), el(5, "M", 2, 3), el(6, "M", 2, 4), el(7, "A"), el(8, "O"), el(9, "O", 8)];

describe("the elements of a yearly form", () => {
  it("adds the wholes of what targets need and the sibling classification levels, in catalogue order", () => {
    // A "rate well or better" target needs excellent, good and assessed.
    expect(formElements(CATALOGUE, [3, 4, 2]).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("adds no levels for a part that is not a level, only its whole", () => {
    expect(formElements(CATALOGUE, [9, 7]).map((e) => e.id)).toEqual([7, 8, 9]);
  });

  it("is empty when no target needs anything", () => {
    expect(formElements(CATALOGUE, [])).toEqual([]);
  });
});

describe("who enters what", () => {
  // Members (total ⊇ assessed ⊇ levels) are LEAF: kept by the cells; 7 (staffing cuts) is OWNER; 8, 9 are ANY.
  const levels = CATALOGUE.map((e) => ({ ...e, entryLevel: e.id <= 6 ? "LEAF" as const : e.id === 7 ? "OWNER" as const : "ANY" as const }));
  const ids = (list: CatalogueElement[]) => list.map((e) => e.id);

  it("a cell enters the members its ancestors' targets need; a committee above sees its cells' totals read-only", () => {
    const cell = entryPlan(levels, { all: [3, 4, 2, 9], own: [], hasUnitsBelow: false });
    expect([ids(cell.entered), ids(cell.fromUnits)]).toEqual([[1, 2, 3, 4, 5, 6, 8, 9], []]);
    const committee = entryPlan(levels, { all: [3, 4, 2, 9], own: [], hasUnitsBelow: true });
    expect([ids(committee.entered), ids(committee.fromUnits)]).toEqual([[8, 9], [1, 2, 3, 4, 5, 6]]);
  });

  it("asks for an OWNER element only on the form of the committee whose own resolution needs it", () => {
    expect(ids(entryPlan(levels, { all: [7, 9], own: [7], hasUnitsBelow: true }).entered)).toEqual([7, 8, 9]);
    expect(ids(entryPlan(levels, { all: [7, 9], own: [], hasUnitsBelow: false }).entered)).toEqual([8, 9]);
  });
});

describe("the default year of the form", () => {
  const term = { startYear: 2025, endYear: 2030 };
  it("is the current year in Vietnam, within the current term", () => {
    expect(defaultEntryYear(term, new Date("2026-11-22T04:00:00Z"))).toBe(2026);
    // 31 Dec 2026, 20:00 UTC is already 1 Jan 2027 in Vietnam.
    expect(defaultEntryYear(term, new Date("2026-12-31T20:00:00Z"))).toBe(2027);
    expect(defaultEntryYear(term, new Date("2034-06-01T00:00:00Z"))).toBe(2030);
    expect(defaultEntryYear(term, new Date("2023-06-01T00:00:00Z"))).toBe(2025);
  });
});
