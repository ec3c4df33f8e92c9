// Moving a subtree in the reporting tree: the closure rows and the stored rollups follow in bulk, so the cost
// grows with the subtree and its ancestors, never with the whole tree (a national tree holds tens of millions
// of figures; rebuilding every rollup for one merge is out of the question).
import type { Tx } from "@/lib/db-client";
import { applyRollupDeltasBulk, settleLeafRollups, type CommitteeRollupDelta } from "@/lib/figures/rollup";
import { applyIndicatorSubtreeTotals } from "@/lib/figures/indicator-rollup";
import type { Sql } from "@/lib/sql";

/**
 * Hangs `nodeId` (with everything under it) under `newParentId`. Its stored totals (SUM elements only: a
 * NONE element counts only at the unit itself, which does not move relative to itself) are taken off the old
 * parent and its ancestors and added to the new parent and its ancestors, and so are its rates' totals. Returns
 * the element rollup rows changed.
 */
export async function moveSubtree(tx: Tx, sql: Sql, nodeId: number, newParentId: number): Promise<number> {
  const node = await tx.committee.findUniqueOrThrow({ where: { id: nodeId }, select: { parentId: true } });
  if (node.parentId === newParentId) return 0;
  const totals = await sql<{ dataElementId: number; year: number; value: string; unitCount: number; submittedCount: number }>`
    SELECT r."dataElementId", r."year", r."value"::text AS "value", r."unitCount", r."submittedCount"
    FROM "CommitteeRollup" r JOIN "DataElement" de ON de."id" = r."dataElementId"
    WHERE r."committeeId" = ${nodeId}::int AND de."aggregation" = 'SUM'`;
  const deltas = (committeeId: number, sign: 1 | -1): CommitteeRollupDelta[] =>
    totals.map((t) => ({
      committeeId, dataElementId: t.dataElementId, year: t.year,
      value: sign === 1 ? t.value : negate(t.value), units: sign * t.unitCount, submitted: sign * t.submittedCount,
    }));
  // The deepest committee above both the old and the new parent keeps the subtree, and so does everything above
  // it: each call adds the opposite delta there, so those rows net to zero and are not touched (a merge under one
  // parent changes the successor's rows only, however deep the tree above it).
  const common = node.parentId === null ? [] : await sql<{ ancestorId: number }>`
    SELECT a."ancestorId" FROM "CommitteeClosure" a
    JOIN "CommitteeClosure" b ON b."ancestorId" = a."ancestorId" AND b."descendantId" = ${newParentId}::int
    WHERE a."descendantId" = ${node.parentId}::int
    ORDER BY a."depth" ASC LIMIT 1`;
  const shared = common[0]?.ancestorId;
  let changed = 0;
  if (node.parentId !== null) {
    changed += await applyRollupDeltasBulk(sql, [...deltas(node.parentId, -1), ...(shared ? deltas(shared, 1) : [])]);
    await applyIndicatorSubtreeTotals(sql, nodeId, [{ committeeId: node.parentId, sign: -1 }, ...(shared ? [{ committeeId: shared, sign: 1 as const }] : [])]);
  }
  // Closure: cut the subtree from its old ancestors, then join it to the new parent's ancestors (and the parent).
  await sql.count`
    DELETE FROM "CommitteeClosure"
    WHERE "descendantId" IN (SELECT "descendantId" FROM "CommitteeClosure" WHERE "ancestorId" = ${nodeId}::int)
      AND "ancestorId" IN (SELECT "ancestorId" FROM "CommitteeClosure" WHERE "descendantId" = ${nodeId}::int AND "depth" > 0)`;
  await sql.count`
    INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth")
    SELECT a."ancestorId", s."descendantId", a."depth" + s."depth" + 1
    FROM "CommitteeClosure" a CROSS JOIN "CommitteeClosure" s
    WHERE a."descendantId" = ${newParentId}::int AND s."ancestorId" = ${nodeId}::int`;
  await tx.committee.update({ where: { id: nodeId }, data: { parentId: newParentId } });
  // The new parent may have had no unit below it until now, the old one none left.
  await settleLeafRollups(sql, [newParentId, ...(node.parentId === null ? [] : [node.parentId])]);
  changed += await applyRollupDeltasBulk(sql, [...deltas(newParentId, 1), ...(shared ? deltas(shared, -1) : [])]);
  await applyIndicatorSubtreeTotals(sql, nodeId, [{ committeeId: newParentId, sign: 1 }, ...(shared ? [{ committeeId: shared, sign: -1 as const }] : [])]);
  return changed;
}

function negate(value: string): string {
  return value.startsWith("-") ? value.slice(1) : `-${value}`;
}

/** Whether `committeeId` lies in the subtree of `ancestorId` (itself included), in the reporting tree. */
export async function isUnder(tx: Tx, ancestorId: number, committeeId: number): Promise<boolean> {
  return (await tx.committeeClosure.count({ where: { ancestorId, descendantId: committeeId } })) > 0;
}
