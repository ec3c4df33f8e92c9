// Adding and editing a unit: scope, refusals in words, and a new parent through the dated move (rollups stay exact).
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { auditSentence } from "@/lib/audit/sentence";
import { addUnitSpec, editUnitSpec } from "@/lib/committees/units";
import { applyRestructure, previewRestructure } from "@/lib/committees/restructure/mutations";
import type { RestructureInput } from "@/lib/committees/restructure/schema";
import { findRollupDrift } from "@/lib/figures/rollup";
import { messageTranslator } from "@/lib/i18n/translator";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let admin: Viewer;
const id = (code: string) => demo.committees[code]!;

function shown(result: ActionResult<unknown>): string {
  if (result.ok) return "(accepted)";
  return messageTranslator("vi", "errors")(result.error.key, result.error.values as never);
}

/** A unit's stored total (the view dashboards read). */
async function rollup(code: string, element: string, year: number): Promise<number> {
  const [r] = await t.sql<{ value: string }>`
    SELECT r."value"::text AS "value" FROM "CommitteeRollup" r JOIN "Committee" c ON c."id" = r."committeeId"
    WHERE c."code" = ${code} AND r."dataElementId" = ${demo.elements[element]!}::int AND r."year" = ${year}::int`;
  return r ? Number(r.value) : 0;
}

const names = async () => ({ elements: {}, committees: Object.fromEntries((await t.db.committee.findMany()).map((c) => [String(c.id), c.name])) });

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  admin = demo.viewers.admin;
});

describe("adding a unit", () => {
  it("adds a cell under a grassroots committee, in the tree from its date, audited in words", async () => {
    const result = await runAction(addUnitSpec, admin, {
      code: "ap-cqd-01-4", name: "Chi bộ Phòng Công nghệ thông tin", nameEn: "IT Office cell", kind: "CELL", parentId: String(id("AP-CQD-01")), validFrom: "2026-01-05",
    }, t.db);
    expect(result).toMatchObject({ ok: true, data: { code: "AP-CQD-01-4", name: "Chi bộ Phòng Công nghệ thông tin" } });
    const unit = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-01-4" }, include: { links: true } });
    expect(unit).toMatchObject({ parentId: id("AP-CQD-01"), kind: "CELL", nameEn: "IT Office cell" });
    expect(unit.links.map((l) => [l.parentId, l.validFrom.toISOString().slice(0, 10), l.validTo])).toEqual([[id("AP-CQD-01"), "2026-01-05", null]]);
    const ancestors = await t.db.committeeClosure.findMany({ where: { descendantId: unit.id }, orderBy: { depth: "asc" }, include: { ancestor: true } });
    expect(ancestors.map((a) => a.ancestor.code)).toEqual(["AP-CQD-01-4", "AP-CQD-01", "AP-CQD", "AP"]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "committee.create", entityId: String(unit.id) } });
    expect(auditSentence({ ...event, before: event.before as never, after: event.after as never }, "vi", await names()))
      .toBe("Thành lập Chi bộ Phòng Công nghệ thông tin (AP-CQD-01-4) trực thuộc Đảng bộ Văn phòng Tỉnh ủy từ 05/01/2026");
  });

  it("refuses a taken code, a later date and a parent outside the caller's subtree, and adds nothing", async () => {
    const before = await t.db.committee.count();
    const fields = { name: "Chi bộ mới", kind: "CELL", parentId: String(id("AP-CQD-01")), validFrom: "2026-01-05" };
    expect(shown(await runAction(addUnitSpec, admin, { ...fields, code: "AP-CQD-01" }, t.db))).toBe("Mã AP-CQD-01 đã được dùng.");
    expect(shown(await runAction(addUnitSpec, admin, { ...fields, code: "AP-NEW", validFrom: "2999-01-01" }, t.db))).toBe("Ngày hiệu lực không được sau hôm nay.");
    const agenciesAdmin = { ...admin, scopeCommitteeId: id("AP-CQD") };
    const outside = await runAction(addUnitSpec, agenciesAdmin, { ...fields, code: "AP-NEW", parentId: String(id("AP-KCQDN")) }, t.db);
    expect(outside).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await runAction(addUnitSpec, demo.viewers.editor, { ...fields, code: "AP-NEW" }, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await t.db.committee.count()).toBe(before);
  });
});

describe("a new grassroots organization's type of grassroots (Biểu 5)", () => {
  const typeOf = async (code: string) => (await t.db.committee.findUniqueOrThrow({ where: { code } })).grassrootsType;
  // Units added by the test itself are not in the demo's lookup.
  const idOf = async (code: string) => (await t.db.committee.findUniqueOrThrow({ where: { code } })).id;
  const restructure = async (op: RestructureInput) => {
    const preview = await previewRestructure(t.db, op, admin);
    await applyRestructure(t.db, op, preview.versions, admin);
    return preview.units.filter((u) => u.change === "created").map((u) => [u.unit.code, u.grassrootsType ?? null]);
  };

  it("is chosen on the add form, or taken from the units a merger or split replaces when they have one between them", async () => {
    const cell = (code: string, grassrootsType: string) => runAction(addUnitSpec, admin, {
      code, name: `Chi bộ ${code}`, nameEn: "", kind: "GRASSROOTS_CELL", grassrootsType, parentId: String(id("AP-CQD")), validFrom: "2026-01-05",
    }, t.db);
    for (const [code, type] of [["AP-CQD-31", "PARTY_AGENCY"], ["AP-CQD-32", "PARTY_AGENCY"], ["AP-CQD-33", "STATE_AGENCY"], ["AP-CQD-34", ""]] as const) {
      expect((await cell(code, type)).ok).toBe(true);
    }
    expect(await typeOf("AP-CQD-31")).toBe("PARTY_AGENCY");
    expect(await typeOf("AP-CQD-34")).toBeNull();
    expect((await cell("AP-CQD-39", "HỘI QUẦN CHÚNG")).ok).toBe(false);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "committee.create", after: { path: ["code"], equals: "AP-CQD-31" } } });
    expect(auditSentence({ ...event, before: event.before as never, after: event.after as never }, "vi", await names()))
      .toBe("Thành lập Chi bộ AP-CQD-31 (AP-CQD-31, Cơ quan Đảng, MTTQ, đoàn thể CT-XH) trực thuộc Đảng bộ các cơ quan Đảng tỉnh từ 05/01/2026");

    // Merged with a cell of no type: the new cell takes the one type there is, and the preview says so.
    const newUnit = (code: string) => ({ code, name: `Chi bộ ${code}`, kind: "GRASSROOTS_CELL" as const, parentId: id("AP-CQD") });
    expect(await restructure({ op: "merge", effectiveFrom: "2026-03-01", sourceIds: [await idOf("AP-CQD-31"), await idOf("AP-CQD-34")], newUnit: newUnit("AP-CQD-35"), reassignResolutions: false }))
      .toEqual([["AP-CQD-35", "PARTY_AGENCY"]]);
    expect(await typeOf("AP-CQD-35")).toBe("PARTY_AGENCY");
    // Two types: none is guessed; the unit is set afterwards (Biểu 5 says how many have none).
    expect(await restructure({ op: "merge", effectiveFrom: "2026-06-01", sourceIds: [await idOf("AP-CQD-35"), await idOf("AP-CQD-33")], newUnit: newUnit("AP-CQD-36"), reassignResolutions: false }))
      .toEqual([["AP-CQD-36", null]]);
    expect(await typeOf("AP-CQD-36")).toBeNull();
    // A split: each new unit takes the split unit's type unless given its own.
    expect(await restructure({ op: "split", effectiveFrom: "2026-06-01", committeeId: await idOf("AP-CQD-32"), successorIndex: 0, newUnits: [
      { code: "AP-CQD-37", name: "Chi bộ AP-CQD-37", kind: "GRASSROOTS_CELL" },
      { code: "AP-CQD-38", name: "Chi bộ AP-CQD-38", kind: "GRASSROOTS_CELL", grassrootsType: "STATE_AGENCY" },
    ] })).toEqual([["AP-CQD-37", "PARTY_AGENCY"], ["AP-CQD-38", "STATE_AGENCY"]]);
    expect([await typeOf("AP-CQD-37"), await typeOf("AP-CQD-38")]).toEqual(["PARTY_AGENCY", "STATE_AGENCY"]);
  });
});

describe("editing a unit", () => {
  it("moves a cell with figures to another parent through the dated move: both parents' totals change by its figures", async () => {
    const cell = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-01-1" } });
    const own = Number((await t.db.figure.findFirstOrThrow({ where: { committeeId: cell.id, dataElementId: demo.elements.MEMBERS_TOTAL!, year: 2025 } })).value);
    expect(own).toBeGreaterThan(0);
    const [fromBefore, toBefore, agencies] = [await rollup("AP-CQD-01", "MEMBERS_TOTAL", 2025), await rollup("AP-CQD-07", "MEMBERS_TOTAL", 2025), await rollup("AP-CQD", "MEMBERS_TOTAL", 2025)];
    const result = await runAction(editUnitSpec, admin, {
      id: String(cell.id), version: String(cell.version), code: cell.code, name: cell.name, nameEn: cell.nameEn ?? "", kind: cell.kind,
      parentId: String(id("AP-CQD-07")), effectiveFrom: "2026-01-01",
    }, t.db);
    expect(result).toMatchObject({ ok: true });
    expect(await rollup("AP-CQD-01", "MEMBERS_TOTAL", 2025)).toBe(fromBefore - own);
    expect(await rollup("AP-CQD-07", "MEMBERS_TOTAL", 2025)).toBe(toBefore + own);
    expect(await rollup("AP-CQD", "MEMBERS_TOTAL", 2025)).toBe(agencies);
    expect(await findRollupDrift(t.sql)).toEqual([]);
    const links = await t.db.committeeLink.findMany({ where: { committeeId: cell.id }, orderBy: { validFrom: "asc" } });
    expect(links.map((l) => [l.parentId, l.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([[id("AP-CQD-01"), "2026-01-01"], [id("AP-CQD-07"), null]]);
    expect(await t.db.auditEvent.count({ where: { action: { in: ["committee.move", "restructure.move"] }, committeeId: cell.id } })).toBe(2);
  });

  it("corrects code and kind in place, renames from a date, and refuses a stale form", async () => {
    const unit = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-01-4" } });
    const form = { id: String(unit.id), version: String(unit.version), code: "AP-CQD-01-05", name: "Chi bộ Phòng Chuyển đổi số", nameEn: "Digital Office cell", kind: "CELL", parentId: String(id("AP-CQD-01")), effectiveFrom: "2026-02-01" };
    expect(await runAction(editUnitSpec, admin, form, t.db)).toMatchObject({ ok: true });
    const after = await t.db.committee.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after).toMatchObject({ code: "AP-CQD-01-05", name: "Chi bộ Phòng Chuyển đổi số", nameEn: "Digital Office cell", parentId: id("AP-CQD-01") });
    const events = await t.db.auditEvent.findMany({ where: { committeeId: unit.id, action: { in: ["committee.update", "committee.rename"] } }, orderBy: { id: "asc" } });
    const n = await names();
    expect(events.map((e) => auditSentence({ ...e, before: e.before as never, after: e.after as never }, "vi", n))).toEqual([
      "Sửa mã và loại đơn vị: AP-CQD-01-4, Chi bộ trực thuộc → AP-CQD-01-05, Chi bộ trực thuộc",
      "Đổi tên “Chi bộ Phòng Công nghệ thông tin” thành “Chi bộ Phòng Chuyển đổi số” từ 01/02/2026",
    ]);
    // The same form again: its version is old.
    expect(shown(await runAction(editUnitSpec, admin, form, t.db))).toBe(shown({ ok: false, error: { code: "CONFLICT", key: "restructureChanged" } }));
    expect(await t.db.committee.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ code: "AP-CQD-01-05", version: after.version });
  });

  it("keeps each kind where it may sit: no cell directly under the province, no committee with cells made a cell", async () => {
    const before = await t.db.committee.count();
    const added = await runAction(addUnitSpec, admin, { code: "AP-CELL-X", name: "Chi bộ lạc chỗ", kind: "CELL", parentId: String(id("AP")), validFrom: "2026-01-05" }, t.db);
    expect(shown(added)).toBe("Loại Chi bộ trực thuộc không thể trực thuộc Đảng bộ tỉnh.");
    expect(await t.db.committee.count()).toBe(before);
    const office = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-01" } });
    const form = { id: String(office.id), version: String(office.version), code: office.code, name: office.name, nameEn: office.nameEn ?? "", kind: "GRASSROOTS_CELL", effectiveFrom: "2026-02-01" };
    expect(shown(await runAction(editUnitSpec, admin, form, t.db))).toBe("Loại Chi bộ trực thuộc không thể trực thuộc Chi bộ cơ sở.");
    const cell = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-02" } });
    const move = { id: String(cell.id), version: String(cell.version), code: cell.code, name: cell.name, nameEn: cell.nameEn ?? "", kind: cell.kind, parentId: String(id("AP-CQD-01")), effectiveFrom: "2026-02-01" };
    expect(shown(await runAction(editUnitSpec, admin, move, t.db))).toBe("Loại Chi bộ cơ sở không thể trực thuộc Đảng bộ cơ sở.");
    expect(await t.db.committee.findUniqueOrThrow({ where: { id: office.id } })).toMatchObject({ kind: "GRASSROOTS", version: office.version });
  });
});
