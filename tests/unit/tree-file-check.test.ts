import { describe, expect, it } from "vitest";
import { kindFitsUnder } from "@/lib/committees/kinds";
import { checkTreeFile, readDate, type StoredUnit } from "@/lib/committees/tree-file/check";
import type { TreeRow } from "@/lib/committees/tree-file/columns";

const unit = (code: string, kind: StoredUnit["kind"], parentCode: string | null, id: number): StoredUnit =>
  ({ id, code, name: code, nameEn: null, kind, grassrootsType: null, parentCode, validFrom: "2020-01-01", validTo: null });
const stored = new Map([unit("P", "PROVINCIAL", null, 1), unit("G", "GRASSROOTS", "P", 2), unit("C", "CELL", "G", 3)].map((u) => [u.code, u]));
let n = 1;
const row = (code: string, kind: string, parent: string, extra: Partial<TreeRow["cells"]> = {}): TreeRow =>
  ({ row: ++n, cells: { code, name: code, name_en: "", kind, parent_code: parent, valid_from: "2020-01-01", valid_to: "", grassroots_type: "", ...extra } });
const check = (rows: TreeRow[]) => checkTreeFile({
  rows, stored, scopeCode: "P", scopeParentKind: null, takenOutside: new Set(["OUT"]),
  kindNames: new Map(["PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS", "GRASSROOTS", "GRASSROOTS_CELL", "CELL"].map((k) => [k.toLowerCase(), k as StoredUnit["kind"]])),
  typeNames: new Map([["party_agency", "PARTY_AGENCY"]]), today: "2026-06-01", effectiveFrom: "2026-06-01",
});
const keys = (rows: TreeRow[]) => check(rows).issues.map((i) => `${i.column}:${i.key}`);

describe("which kind may sit under which", () => {
  it("follows province → district or bloc → grassroots committee → cell", () => {
    expect(kindFitsUnder("CELL", "GRASSROOTS")).toBe(true);
    expect(kindFitsUnder("CELL", "PROVINCIAL")).toBe(false);
    expect(kindFitsUnder("GRASSROOTS", "PROVINCIAL")).toBe(true);
    expect(kindFitsUnder("GRASSROOTS_CELL", "GRASSROOTS")).toBe(false);
    expect(kindFitsUnder("UPPER_GRASSROOTS", "UPPER_GRASSROOTS")).toBe(true);
    expect(kindFitsUnder("DISTRICT", "DISTRICT")).toBe(false);
    expect(kindFitsUnder("PROVINCIAL", null)).toBe(true);
    expect(kindFitsUnder("CELL", null)).toBe(false);
  });
});

describe("checking a tree file", () => {
  it("plans new units top-down, whatever the order of the rows", () => {
    const { issues, plan } = check([row("N-C", "CELL", "N-G"), row("N-G", "GRASSROOTS", "N-D"), row("N-D", "DISTRICT", "P")]);
    expect(issues).toEqual([]);
    expect(plan!.creates.map((c) => `${c.code}@${c.level}`)).toEqual(["N-D@1", "N-G@2", "N-C@3"]);
  });

  it("reads a known code with another parent as a move, another name as a rename, the same row as unchanged", () => {
    const { plan } = check([row("C", "CELL", "N-G"), row("N-G", "GRASSROOTS", "P"), row("G", "GRASSROOTS", "P", { name: "Đảng bộ mới" }), row("P", "PROVINCIAL", "")]);
    expect(plan!.moves.map((m) => `${m.code}→${m.parentCode}`)).toEqual(["C→N-G"]);
    expect(plan!.renames.map((r) => r.name)).toEqual(["Đảng bộ mới"]);
    expect(plan!.unchanged).toBe(1);
  });

  it("finds a cycle through known units, a code used outside the subtree, and a move of one's own scope", () => {
    expect(keys([row("G", "GRASSROOTS", "C")])).toEqual(["parent_code:cycle"]);
    expect(keys([row("OUT", "CELL", "G")])).toEqual(["code:codeTaken"]);
    expect(keys([row("P", "PROVINCIAL", "G")])).toEqual(["parent_code:ownScope"]);
  });

  it("refuses a kind change that leaves a unit below out of place, on the row that changes it", () => {
    expect(keys([row("G", "GRASSROOTS_CELL", "P")])).toEqual(["kind:kindNotUnderChild"]);
  });

  it("refuses to end a unit with a unit still in force below it, and accepts it when that one ends too", () => {
    expect(keys([row("G", "GRASSROOTS", "P", { valid_to: "2026-01-01" })])).toEqual(["valid_to:endHasUnits"]);
    const { plan } = check([row("G", "GRASSROOTS", "P", { valid_to: "2026-01-01" }), row("C", "CELL", "G", { valid_to: "2026-01-01" })]);
    expect(plan!.ends.map((e) => e.code)).toEqual(["C", "G"]);
  });

  it("reads dates written the ISO or the Vietnamese way, and no day that does not exist", () => {
    expect(readDate("2025-07-01")).toBe("2025-07-01");
    expect(readDate("1/7/2025")).toBe("2025-07-01");
    expect(readDate("29/02/2025")).toBe(null);
    expect(readDate("2025-7-1")).toBe(null);
  });
});
