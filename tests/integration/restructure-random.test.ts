// Random sequences of moves and merges on a generated tree: after every operation the whole tree's total of
// every data element in every year is unchanged, every unit's stored value equals the sum of the raw figures
// of its lineage (itself, its units in force, and the units whose history it carries on), computed here from
// a model of the operations independent of the closure, and the incrementally kept closure equals a rebuild.
import { beforeAll, describe, expect, it } from "vitest";
import { rebuildClosure } from "@/lib/committees/closure";
import { applyRestructure, previewRestructure } from "@/lib/committees/restructure/mutations";
import type { RestructureInput } from "@/lib/committees/restructure/schema";
import { findRollupDrift, rebuildRollups } from "@/lib/figures/rollup";
import { rawTransaction, transaction } from "@/lib/sql";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
const YEARS = [2020, 2021, 2022, 2023, 2024];

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Model {
  /** Reporting parent: the current parent of a unit in force, the successor of an ended one. */
  parent: Map<number, number | null>;
  ended: Set<number>;
}

let root = 0;
let actor = { userId: 0, scopeCommitteeId: 0 };
let elements: { sum: number; none: number };

beforeAll(async () => {
  const db = t.db;
  const sum = await db.dataElement.create({ data: { code: "MEMBERS", nameVi: "Đảng viên", nameEn: "Members", unitVi: "người", unitEn: "people", valueType: "COUNT", groupCode: "M" } });
  const none = await db.dataElement.create({ data: { code: "RATE", nameVi: "Tỷ lệ", nameEn: "Rate", unitVi: "%", unitEn: "%", valueType: "PERCENT", aggregation: "NONE", groupCode: "M" } });
  elements = { sum: sum.id, none: none.id };
  const next = random(7);
  const ids: number[] = [];
  for (let i = 0; i < 40; i++) {
    const parentId = i === 0 ? null : ids[Math.floor(next() * Math.min(i, 12))]!;
    const c = await db.committee.create({
      data: { code: `U${i}`, name: `Unit ${i}`, kind: i === 0 ? "PROVINCIAL" : "UPPER_GRASSROOTS", parentId, validFrom: new Date("2019-01-01") },
    });
    if (parentId) await db.committeeLink.create({ data: { committeeId: c.id, parentId, validFrom: new Date("2019-01-01") } });
    ids.push(c.id);
  }
  root = ids[0]!;
  const figures = ids.flatMap((committeeId) => YEARS.flatMap((year) => [
    { committeeId, year, dataElementId: sum.id, value: Math.floor(next() * 500) + 0.25, status: next() < 0.6 ? "APPROVED" as const : "DRAFT" as const },
    ...(next() < 0.7 ? [{ committeeId, year, dataElementId: none.id, value: Math.floor(next() * 100), status: "SUBMITTED" as const }] : []),
  ]));
  await db.figure.createMany({ data: figures });
  await rawTransaction(db, async (sql) => {
    await rebuildClosure(sql);
    await rebuildRollups(sql);
  });
  const admin = await db.user.create({ data: { username: "admin.test", displayName: "Admin", role: "ADMIN", passwordHash: "x", scopeCommitteeId: root } });
  actor = { userId: admin.id, scopeCommitteeId: root };
});

async function loadModel(): Promise<Model> {
  const rows = await t.db.committee.findMany({ select: { id: true, parentId: true, validTo: true } });
  return { parent: new Map(rows.map((r) => [r.id, r.parentId])), ended: new Set(rows.filter((r) => r.validTo).map((r) => r.id)) };
}

/** Σ raw figures of an element per (unit, year) over each unit's lineage subtree, from the model's parents. */
async function expectedRollups(model: Model, elementId: number): Promise<Map<string, number>> {
  const figures = await t.db.figure.findMany({ where: { dataElementId: elementId }, select: { committeeId: true, year: true, value: true } });
  const out = new Map<string, number>();
  for (const f of figures) {
    for (let u: number | null | undefined = f.committeeId; u != null; u = model.parent.get(u)) {
      const key = `${u}:${f.year}`;
      out.set(key, (out.get(key) ?? 0) + Number(f.value));
    }
  }
  return out;
}

async function storedRollups(elementId: number): Promise<Map<string, number>> {
  // The view dashboards read: stored rows for units with units below them, the figures of the others.
  const rows = await t.sql<{ committeeId: number; year: number; value: string }>`
    SELECT "committeeId", "year", "value"::text AS "value" FROM "CommitteeRollup" WHERE "dataElementId" = ${elementId}::int`;
  return new Map(rows.map((r) => [`${r.committeeId}:${r.year}`, Number(r.value)]));
}

async function closureRows(): Promise<string[]> {
  const rows = await t.db.committeeClosure.findMany();
  return rows.map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`).sort();
}

async function rebuiltClosureRows(): Promise<string[]> {
  let rows: string[] = [];
  await transaction(t.db, async (tx, sql) => {
    await rebuildClosure(sql);
    rows = (await tx.committeeClosure.findMany()).map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`).sort();
    throw new Error("rollback");
  }).catch((e: Error) => { if (e.message !== "rollback") throw e; });
  return rows;
}

async function totals(): Promise<Record<string, number>> {
  const rows = await t.db.rollup.findMany({ where: { committeeId: root }, select: { dataElementId: true, year: true, value: true } });
  const raw = await t.db.figure.groupBy({ by: ["dataElementId", "year"], _sum: { value: true }, _count: true });
  return {
    ...Object.fromEntries(rows.filter((r) => r.dataElementId === elements.sum).map((r) => [`rollup:${r.year}`, Number(r.value)])),
    ...Object.fromEntries(raw.map((r) => [`raw:${r.dataElementId}:${r.year}`, Number(r._sum.value) * 1000 + r._count])),
  };
}

/** A random move or merge among the units in force, or null when none is possible. */
async function randomOperation(next: () => number, day: string): Promise<RestructureInput | null> {
  const model = await loadModel();
  const active = [...model.parent.keys()].filter((id) => !model.ended.has(id) && id !== root).sort((a, b) => a - b);
  if (active.length < 3) return null;
  const pick = () => active[Math.floor(next() * active.length)]!;
  const under = (ancestor: number, id: number) => {
    for (let u: number | null | undefined = id; u != null; u = model.parent.get(u)) if (u === ancestor) return true;
    return false;
  };
  const unit = pick();
  if (next() < 0.5) {
    const candidates = [root, ...active].filter((p) => p !== model.parent.get(unit) && !under(unit, p));
    if (candidates.length === 0) return null;
    return { op: "move", effectiveFrom: day, committeeId: unit, parentId: candidates[Math.floor(next() * candidates.length)]! };
  }
  const into = active.filter((x) => x !== unit && !under(unit, x))[0];
  const other = active.find((x) => x !== unit && x !== into && !under(x, unit) && !under(unit, x) && into !== undefined && !under(x, into));
  if (into === undefined) return null;
  if (next() < 0.5 || other === undefined) return { op: "merge", effectiveFrom: day, sourceIds: [unit], intoId: into, reassignResolutions: false };
  const parentId = [root, ...active].find((p) => !under(unit, p) && !under(other, p)) ?? root;
  return {
    op: "merge", effectiveFrom: day, sourceIds: [unit, other], reassignResolutions: false,
    newUnit: { code: `N${day.replaceAll("-", "")}`, name: `Merged ${day}`, kind: "UPPER_GRASSROOTS", parentId },
  };
}

describe("random restructuring of a generated tree", () => {
  it("keeps every total, restates every unit as the sum of its lineage and keeps the closure exact", async () => {
    const before = await totals();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    let applied = 0;
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      for (let step = 0; step < 8; step++) {
        const day = new Date(Date.UTC(2025, 0, 1 + seed * 40 + step)).toISOString().slice(0, 10);
        const op = await randomOperation(next, day);
        if (!op) continue;
        const preview = await previewRestructure(t.db, op, actor);
        await applyRestructure(t.db, op, preview.versions, actor);
        applied += 1;
        const model = await loadModel();
        expect(await totals(), `${seed}/${step} ${JSON.stringify(op)}`).toEqual(before);
        expect(await storedRollups(elements.sum)).toEqual(await expectedRollups(model, elements.sum));
        expect(await findRollupDrift(t.sql)).toEqual([]);
      }
      expect(await closureRows()).toEqual(await rebuiltClosureRows());
    }
    expect(applied).toBeGreaterThanOrEqual(15);
    // Merges happened, and the ended units' figures are still counted, once, under their successors.
    expect(await t.db.committee.count({ where: { validTo: { not: null } } })).toBeGreaterThan(3);
  }, 240_000);
});
