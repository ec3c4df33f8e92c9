// Shared set-up of the figure tests: the demo data, its people as viewers, and a form's worth of fields.
import { expect } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import type { Db } from "@/lib/db-client";
import { entryPlan, formNeeds, loadCatalogue } from "@/lib/figures/elements";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import { readImportFile } from "@/lib/imports/files";
import { importFigures } from "@/lib/imports/import-figures";
import type { SaveRefusal } from "@/lib/figures/types";
import { sqlOf, type Sql } from "@/lib/sql";
import { DATA_ELEMENTS } from "../../prisma/seed/catalogue";

export interface Demo {
  committees: Record<string, number>;
  elements: Record<string, number>;
  viewers: Record<"editor" | "editor2" | "approver" | "admin", Viewer>;
}

export async function loadDemo(db: Db): Promise<Demo> {
  const committees = Object.fromEntries((await db.committee.findMany()).map((c) => [c.code, c.id]));
  const elements = Object.fromEntries((await db.dataElement.findMany()).map((e) => [e.code, e.id]));
  // A second clerk of the Provincial Party Office, to edit the same figures at the same time.
  await db.user.upsert({
    where: { username: "canbo.vpty2" }, update: {},
    create: { username: "canbo.vpty2", displayName: "Phạm Văn Hùng, Văn phòng Tỉnh ủy", role: "EDITOR", passwordHash: "x", scopeCommitteeId: committees["AP-CQD-01"]! },
  });
  const users = await db.user.findMany({ include: { scopeCommittee: true } });
  const viewer = (username: string): Viewer => {
    const u = users.find((x) => x.username === username)!;
    return { userId: u.id, username, displayName: u.displayName, role: u.role, scopeCommitteeId: u.scopeCommitteeId,
      scopeCommitteeName: u.scopeCommittee.name, locale: "vi", totpEnabled: false };
  };
  return {
    committees, elements,
    viewers: { editor: viewer("canbo.vpty"), editor2: viewer("canbo.vpty2"), approver: viewer("lanhdao.cqd"), admin: viewer("admin") },
  };
}

/** A complete, valid year of a Party cell, as typed in Vietnamese. */
export const CELL_YEAR: Record<string, string> = {
  MEMBERS_TOTAL: "45", MEMBERS_ASSESSED: "44", MEMBERS_EXCELLENT: "6", MEMBERS_GOOD: "32", MEMBERS_COMPLETED: "5",
  MEMBERS_NOT_COMPLETED: "1", MEMBERS_ADMITTED: "2", ORGS_ASSESSED: "1", ORGS_EXCELLENT: "0", ORGS_GOOD: "1",
  ORGS_COMPLETED: "0", ORGS_NOT_COMPLETED: "0", ORGS_4GOOD: "1", ORGS_DIGITAL: "1", RECORDS_TOTAL: "1.250",
  RECORDS_ONLINE: "1.100", CADRES_TRAINED: "2", INSPECTIONS: "1",
};

/** Biểu 1-BTCTW's rows in the form's order (A … D). */
export const FORM_1_CODES = [
  "MEMBERS_START", "MEMBERS_INCREASE", "MEMBERS_ADMITTED", "MEMBERS_TRANSFERRED_IN", "MEMBERS_IN_OTHER_PROVINCE", "MEMBERS_IN_OTHER_DISTRICT",
  "MEMBERS_REINSTATED", "MEMBERS_DECREASE", "MEMBERS_DIED", "MEMBERS_EXPELLED", "MEMBERS_STRUCK_OFF", "MEMBERS_STRUCK_OFF_PROBATIONARY",
  "MEMBERS_RESIGNED", "MEMBERS_TRANSFERRED_OUT", "MEMBERS_OUT_OTHER_PROVINCE", "MEMBERS_OUT_OTHER_DISTRICT", "MEMBERS_TOTAL",
];

/** Biểu 2-BTCTW's own rows in the form's order (its total is Biểu 1's "1. Kết nạp"). */
export const FORM_2_CODES = DATA_ELEMENTS.filter((e) => e.form?.code === "2").sort((a, b) => a.form!.order - b.form!.order).map((e) => e.code);

/** Biểu 3-BTCTW's own rows in the form's order (its total is Biểu 1's row D). */
export const FORM_3_CODES = DATA_ELEMENTS.filter((e) => e.form?.code === "3").sort((a, b) => a.form!.order - b.form!.order).map((e) => e.code);

/** The codes of the elements a committee's form shows for a year. */
export async function formCodes(db: Db, committeeId: number, year: number): Promise<string[]> {
  const sql = sqlOf(db);
  return entryPlan(await loadCatalogue(sql), await formNeeds(sql, committeeId, year)).entered.map((e) => e.code);
}

/** The save request a form would post: typed values by code, with the versions stored now (as just read). */
export async function formInput(db: Db, demo: Demo, committee: string, year: number, typed: Record<string, string>, notes: Record<string, string> = {}) {
  const committeeId = demo.committees[committee]!;
  const stored = await db.figure.findMany({ where: { committeeId, year } });
  return {
    committeeId, year, locale: "vi",
    fields: Object.entries(typed).map(([code, value]) => {
      const elementId = demo.elements[code]!;
      return { elementId, value, version: stored.find((f) => f.dataElementId === elementId)?.version ?? 0, note: notes[code] ?? "" };
    }),
  };
}

/** Everything a refused save must leave untouched. */
export async function snapshot(db: Db) {
  const [figures, audit, years, rollups] = await Promise.all([
    db.figure.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
    db.figureYear.findMany({ orderBy: [{ committeeId: "asc" }, { year: "asc" }] }),
    db.rollup.findMany({ orderBy: [{ committeeId: "asc" }, { dataElementId: "asc" }, { year: "asc" }], omit: { computedAt: true } }),
  ]);
  return { figures, audit, years, rollups: rollups.map((r) => ({ ...r, value: r.value.toString() })) };
}

/** A cell-year typed with one mistake: the field the message is on, its key and (some of) its values. */
export type RefusedSave = [typed: Record<string, string>, field: string, key: string, params: Record<string, string | number>];

/**
 * Each typed year is refused with its message on its field and changes nothing; then `valid` saves and every stored
 * rollup still equals a recomputation.
 */
export async function expectRefusedSaves(t: { db: Db; sql: Sql }, demo: Demo, cell: string, year: number, cases: RefusedSave[], valid: Record<string, string>) {
  for (const [typed, field, key, params] of cases) {
    const before = await snapshot(t.db);
    const result = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year, typed), t.db);
    const refusal = !result.ok ? (result.error.details as SaveRefusal) : null;
    const message = refusal && "errors" in refusal ? refusal.errors[String(demo.elements[field])] : null;
    expect(message?.key ?? "saved", field).toBe(key);
    expect(message?.params, field).toMatchObject(params);
    expect(await snapshot(t.db)).toEqual(before);
  }
  expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year, valid), t.db)).toMatchObject({ ok: true });
  expect(await findRollupDrift(t.sql)).toEqual([]);
}

/** A clerk's CSV of one unit-year's values (`;`, as Vietnamese Excel saves it). */
export const yearCsv = (committee: string, year: number, values: Record<string, string>) =>
  ["committee_code;element_code;year;value", ...Object.entries(values).map(([code, v]) => `${committee};${code};${year};${v}`)].join("\r\n");

/** Reads a CSV text and imports it as the clerk, all or nothing. */
export async function importCsv(db: Db, demo: Demo, text: string) {
  const file = await readImportFile((async function* () { yield Buffer.from(text, "utf8"); })(), "csv", "vi");
  if (!file.ok) throw new Error(file.key);
  return importFigures(db, file.rows, { actor: demo.viewers.editor });
}
