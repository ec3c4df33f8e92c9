// Bulk rollup deltas (imports, restructuring) keep the stored rollup equal to a from-scratch recomputation,
// and refuse to paper over a rollup that had drifted.
import { beforeAll, describe, expect, it } from "vitest";
import { applyFigureDeltasBulk, applyRollupDeltasBulk, findRollupDrift, rebuildRollups, type CommitteeRollupDelta } from "@/lib/figures/rollup";
import { moveSubtree } from "@/lib/committees/restructure/subtree";
import { rawTransaction, transaction } from "@/lib/sql";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase, waitForLockWaiters } from "./db";

const t = useTestDatabase();
beforeAll(async () => {
  await seedDemo(t.db);
});

describe("applyRollupDeltasBulk", () => {
  it("applies thousands of figure changes, creations and removals at once, exactly, the rates' rollups included", async () => {
    const rateRows = async () => (await t.sql<{ n: number }>`SELECT SUM("unitCount")::int AS "n" FROM "IndicatorRollup"`)[0]!.n;
    const ratesBefore = await rateRows();
    const figures = await t.db.figure.findMany({ orderBy: { id: "asc" }, select: { id: true, committeeId: true, dataElementId: true, year: true, value: true, status: true } });
    const committees = await t.db.committee.findMany({ select: { id: true } });
    const elements = await t.db.dataElement.findMany({ select: { id: true } });
    expect(figures.length).toBeGreaterThan(4000);
    await transaction(t.db, async (tx, sql) => {
      const deltas: CommitteeRollupDelta[] = [];
      // Every third figure changes by a whole amount, every seventh is removed.
      for (const [i, f] of figures.entries()) {
        const submittedNow = f.status !== "DRAFT" ? 1 : 0;
        if (i % 7 === 0) {
          await tx.figure.delete({ where: { id: f.id } });
          deltas.push({ committeeId: f.committeeId, dataElementId: f.dataElementId, year: f.year, value: f.value.neg().toString(), units: -1, submitted: -submittedNow });
        } else if (i % 3 === 0) {
          await tx.figure.update({ where: { id: f.id }, data: { value: f.value.add(3) } });
          deltas.push({ committeeId: f.committeeId, dataElementId: f.dataElementId, year: f.year, value: "3", units: 0, submitted: 0 });
        }
      }
      // New figures in a year nobody has entered yet, as a draft.
      for (const c of committees.slice(0, 20)) {
        await tx.figure.create({ data: { committeeId: c.id, dataElementId: elements[0]!.id, year: 2019, value: "12.5" } });
        deltas.push({ committeeId: c.id, dataElementId: elements[0]!.id, year: 2019, value: "12.5", units: 1, submitted: 0 });
      }
      expect(await applyFigureDeltasBulk(sql, deltas)).toBeGreaterThan(1000);
    }, { timeout: 120_000 });
    expect(await findRollupDrift(t.sql)).toEqual([]);
    // Removing every seventh figure left units with one part of a rate but not the other: those units left the
    // rates (the units counted in them, summed over every stored row, went down).
    expect(await rateRows()).toBeLessThan(ratesBefore);
  });

  it("fails, changing nothing, when a removal meets a rollup row that is missing", async () => {
    // A unit with units below it: only those have stored rows (a leaf's are its figures).
    const [parent] = await t.sql<{ id: number }>`
      SELECT f."id" FROM "Figure" f WHERE f."year" = 2024
        AND EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = f."committeeId" AND s."depth" > 0) ORDER BY f."id" LIMIT 1`;
    const f = await t.db.figure.findUniqueOrThrow({ where: { id: parent!.id } });
    await t.db.rollup.deleteMany({ where: { committeeId: f.committeeId, dataElementId: f.dataElementId, year: f.year } });
    const before = await t.db.rollup.count();
    await expect(rawTransaction(t.db, (sql) => applyRollupDeltasBulk(sql, [
      { committeeId: f.committeeId, dataElementId: f.dataElementId, year: f.year, value: f.value.neg().toString(), units: -1, submitted: f.status === "DRAFT" ? 0 : -1 },
    ]))).rejects.toThrow(/out of step/);
    expect(await t.db.rollup.count()).toBe(before);
  });

  it("keeps no rows for units with nothing below them, and the drift check finds one stored anyway", async () => {
    const [leaf] = await t.sql<{ committeeId: number; dataElementId: number; year: number; value: string }>`
      SELECT f."committeeId", f."dataElementId", f."year", f."value"::text AS "value" FROM "Figure" f
      WHERE NOT EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = f."committeeId" AND s."depth" > 0) ORDER BY f."id" LIMIT 1`;
    // A rebuild (after the row the test above took away) stores none either.
    await rawTransaction(t.db, (sql) => rebuildRollups(sql));
    expect(await t.db.rollup.count({ where: { committeeId: leaf!.committeeId } })).toBe(0);
    expect(await findRollupDrift(t.sql)).toEqual([]);
    await t.db.rollup.create({ data: { committeeId: leaf!.committeeId, dataElementId: leaf!.dataElementId, year: leaf!.year, value: leaf!.value, unitCount: 1, submittedCount: 0 } });
    expect(await findRollupDrift(t.sql)).toEqual([{ committeeId: leaf!.committeeId, dataElementId: leaf!.dataElementId, year: leaf!.year }]);
    await t.db.rollup.deleteMany({ where: { committeeId: leaf!.committeeId } });
  });

  it("applies an import's deltas to the tree as a restructuring that committed meanwhile left it", async () => {
    // A cell gains its first subordinate while an import of the cell's own figure waits for the rollup lock: the
    // import must spread its change over the new tree (the cell's own stored row now), not the one it first saw.
    const code = async (c: string) => (await t.db.committee.findUniqueOrThrow({ where: { code: c } })).id;
    const [cell, moved] = [await code("AP-CQD-01-1"), await code("AP-CQD-07-1")];
    const figure = await t.db.figure.findFirstOrThrow({ where: { committeeId: cell, year: 2025, dataElement: { aggregation: "SUM" } } });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const restructuring = transaction(t.db, async (tx, sql) => {
      await sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
      locked();
      await released;
      await moveSubtree(tx, sql, moved, cell);
    }, { timeout: 60_000 });
    await holding;
    const importing = transaction(t.db, async (tx, sql) => {
      await tx.figure.update({ where: { id: figure.id }, data: { value: figure.value.add(3) } });
      await applyRollupDeltasBulk(sql, [{ committeeId: cell, dataElementId: figure.dataElementId, year: 2025, value: "3", units: 0, submitted: 0 }]);
    }, { timeout: 60_000 });
    // The import waits for the lock; then the restructuring moves a unit under the cell.
    await waitForLockWaiters(t.sql, 1);
    release();
    await Promise.all([restructuring, importing]);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});
