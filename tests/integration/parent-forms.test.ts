// A committee with units below it enters only what is its own: its cells' members are shown to it as their total,
// read-only, are not asked for to submit, and are refused if typed there (form and import alike); beside what it
// enters itself it sees what its units reported.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { saveDraftSpec, submitYearSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import { importFigures } from "@/lib/imports/import-figures";
import { readImportFile } from "@/lib/imports/files";
import type { Viewer } from "@/lib/auth/session";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { CELL_YEAR, formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let editor: Viewer;
let committee: string;
let cells: string[];
let getEntryForm: typeof import("@/lib/figures/queries").getEntryForm;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  process.env.DATABASE_URL = t.url;
  ({ getEntryForm } = await import("@/lib/figures/queries"));
  // A clerk of the agencies' committee, and one of its grassroots committees with two cells or more.
  editor = { ...demo.viewers.editor, scopeCommitteeId: demo.committees["AP-CQD"]! };
  const [row] = await t.sql<{ code: string; cells: string[] }>`
    SELECT p."code", array_agg(c."code" ORDER BY c."code") AS "cells"
    FROM "Committee" p JOIN "Committee" c ON c."parentId" = p."id" AND c."validTo" IS NULL
    WHERE p."code" LIKE 'AP-CQD-%' AND p."kind" = 'GRASSROOTS' AND p."validTo" IS NULL
    GROUP BY p."code" HAVING COUNT(*) >= 2 ORDER BY p."code" LIMIT 1`;
  committee = row!.code;
  cells = row!.cells;
});

const save = async (unit: string, typed: Record<string, string>, notes: Record<string, string> = {}, submit = false) =>
  runAction(submit ? submitYearSpec : saveDraftSpec, editor, await formInput(t.db, demo, unit, 2027, typed, notes), t.db);

describe("a committee with units below it", () => {
  it("sees its cells' members as their total, read-only, and submits without typing them", async () => {
    expect(await save(cells[0]!, { MEMBERS_TOTAL: "45", ORGS_ASSESSED: "1" })).toMatchObject({ ok: true });
    expect(await save(cells[1]!, { MEMBERS_TOTAL: "40", ORGS_ASSESSED: "1" })).toMatchObject({ ok: true });

    const form = await getEntryForm(editor, demo.committees[committee]!, 2027, "vi");
    const codes = form.elements.map((e) => e.code);
    expect(codes).toContain("ORGS_ASSESSED");
    expect(codes.filter((c) => c.startsWith("MEMBERS_"))).toEqual([]);
    const members = form.fromUnits.find((f) => f.element.code === "MEMBERS_TOTAL")!;
    expect(members).toMatchObject({ value: "85", submitted: 0, expected: cells.length });
    expect(form.below[String(demo.elements.ORGS_ASSESSED)]).toBe("2");

    // Its own year, complete without any member figure: the committee is one organization, rated for itself.
    const own: Record<string, string> = Object.fromEntries(codes.map((c) => [c, CELL_YEAR[c] ?? "0"]));
    expect(await save(committee, own, {}, true)).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("refuses its cells' members typed at the committee, in the form and in an import, and writes nothing", async () => {
    const parent = "AP-CQD";
    const before = await t.db.figure.count();
    expect(await save(parent, { MEMBERS_TOTAL: "85" })).toMatchObject({ ok: false, error: { code: "INVALID", key: "enteredByUnits" } });
    const csv = `committee_code;element_code;year;value;note\r\n${parent};MEMBERS_TOTAL;2027;85;`;
    const read = await readImportFile((async function* () { yield Buffer.from(csv); })(), "csv", "vi");
    if (!read.ok) throw new Error(read.key);
    const report = await importFigures(t.db, read.rows, { actor: demo.viewers.admin });
    expect(report.applied).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([[2, "element_code", "enteredByUnits"]]);
    expect(await t.db.figure.count()).toBe(before);
  });

  it("shows beside its own fields what its units reported, and saves its own part whatever it is", async () => {
    const parent = "AP-CQD";
    const [row] = await t.sql<{ total: string }>`
      SELECT trim_scale(r."value")::text AS "total" FROM "Rollup" r
      WHERE r."committeeId" = ${demo.committees[parent]!}::int AND r."dataElementId" = ${demo.elements.INSPECTIONS!}::int AND r."year" = 2026`;
    const form = await getEntryForm(demo.viewers.admin, demo.committees[parent]!, 2026, "vi");
    expect(form.below[String(demo.elements.INSPECTIONS)]).toBe(row!.total);
    // Its own inspections may well equal its units' (a coincidence, not a copy): no warning stands in the way.
    const saved = await runAction(saveDraftSpec, demo.viewers.admin, await formInput(t.db, demo, parent, 2026, { INSPECTIONS: row!.total }), t.db);
    expect(saved).toMatchObject({ ok: true });
  });
});
