// Restructurings adopted ahead of their date (a merger decided in May that takes effect on 1 July): checked and
// previewed when scheduled, listed as pending, cancellable until their day, then applied on it by
// applyDueRestructures, which every app instance runs (the job queue, lib/jobs); a row lock
// taken with SKIP LOCKED makes each one apply once however many instances look.
import { z } from "zod";
import { idField, type ActionSpec } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db-client";
import { AppError, logUnexpected } from "@/lib/errors";
import { transaction, type Sql } from "@/lib/sql";
import { executeRestructure, todayInVietnam, type Actor, type RestructureReport } from "./execute";
import { previewRestructure, recordRestructure, TX } from "./mutations";
import { namedCommittees, restructureSchema, type RestructureInput } from "./schema";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Keeps a future-dated operation as pending; it is refused now if it could not be applied to today's tree. */
export async function scheduleRestructure(db: Db, input: RestructureInput, versions: Record<string, number>, actor: Actor): Promise<RestructureReport> {
  const report = await previewRestructure(db, input, actor);
  // What the admin previewed must still be what the tree holds, as for an immediate apply.
  const ids = new Set([...Object.keys(versions), ...Object.keys(report.versions)]);
  if ([...ids].some((id) => versions[id] !== report.versions[id])) throw new AppError("CONFLICT", "restructureChanged");
  const id = await transaction(db, async (tx, sql) => {
    const row = await tx.scheduledRestructure.create({
      data: { operation: input, effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`), scopeCommitteeId: actor.scopeCommitteeId, createdById: actor.userId },
    });
    await recordAudit(sql, {
      actorId: actor.userId, action: "restructure.schedule", entityType: "ScheduledRestructure", entityId: row.id,
      committeeId: namedCommittees(input)[0] ?? null, after: { operation: input, effectiveFrom: input.effectiveFrom } as never,
    });
    return row.id;
  });
  return { ...report, scheduled: true, scheduledId: id };
}

export interface PendingRestructure {
  id: number;
  operation: RestructureInput;
  effectiveFrom: string;
  createdBy: string | null;
  createdAt: Date;
  /** Names of the committees the operation names, by id. */
  names: Record<string, string>;
}

/** Pending operations scheduled within the viewer's subtree, soonest first. */
export async function getPendingRestructures(sql: Sql, scopeCommitteeId: number): Promise<PendingRestructure[]> {
  const rows = await sql<{ id: number; operation: unknown; effectiveFrom: Date; createdBy: string | null; createdAt: Date }>`
    SELECT s."id", s."operation", s."effectiveFrom", s."createdAt", u."displayName" AS "createdBy"
    FROM "ScheduledRestructure" s
    JOIN "CommitteeClosure" cc ON cc."descendantId" = s."scopeCommitteeId" AND cc."ancestorId" = ${scopeCommitteeId}::int
    LEFT JOIN "User" u ON u."id" = s."createdById"
    WHERE s."status" = 'PENDING'
    ORDER BY s."effectiveFrom", s."id"`;
  const parsed = rows.flatMap((r) => {
    const operation = restructureSchema.safeParse(r.operation);
    return operation.success ? [{ ...r, operation: operation.data }] : [];
  });
  const ids = [...new Set(parsed.flatMap((r) => namedCommittees(r.operation)))];
  const named = ids.length === 0 ? [] : await sql<{ id: number; name: string }>`
    SELECT c."id", c."name" FROM "Committee" c
    JOIN "CommitteeClosure" cc ON cc."descendantId" = c."id" AND cc."ancestorId" = ${scopeCommitteeId}::int
    WHERE c."id" = ANY(${ids}::int[])`;
  const names = Object.fromEntries(named.map((c) => [String(c.id), c.name]));
  return parsed.map((r) => ({ id: r.id, operation: r.operation, effectiveFrom: day(r.effectiveFrom), createdBy: r.createdBy, createdAt: r.createdAt, names }));
}

const cancelSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** The committees a scheduled operation names: the caller must hold all of them, as to schedule it. */
async function scheduledCommittees(raw: unknown, db: Db): Promise<(number | null)[]> {
  const id = idField(raw, "id");
  const row = id === null ? null : await db.scheduledRestructure.findUnique({ where: { id }, select: { operation: true } });
  const operation = row && restructureSchema.safeParse(row.operation);
  return operation?.success ? namedCommittees(operation.data) : [null];
}

export const cancelScheduledRestructureSpec = {
  permission: "committee.manage",
  scope: scheduledCommittees,
  schema: cancelSchema,
  run: ({ id }, { viewer, db }) => transaction(db, async (_tx, sql) => {
    const rows = await sql<{ operation: RestructureInput; effectiveFrom: Date }>`
      UPDATE "ScheduledRestructure" SET "status" = 'CANCELLED', "settledAt" = now(), "settledById" = ${viewer.userId}::int
      WHERE "id" = ${id}::int AND "status" = 'PENDING' RETURNING "operation", "effectiveFrom"`;
    const row = rows[0];
    // Applied or cancelled meanwhile: nothing to cancel.
    if (!row) throw new AppError("CONFLICT", "scheduledNotPending");
    await recordAudit(sql, {
      actorId: viewer.userId, action: "restructure.cancel", entityType: "ScheduledRestructure", entityId: id,
      committeeId: namedCommittees(row.operation)[0] ?? null, after: { operation: row.operation, effectiveFrom: day(row.effectiveFrom) } as never,
    });
    return { id };
  }),
} satisfies ActionSpec<typeof cancelSchema, { id: number }>;

/**
 * Applies every pending operation whose date has come, oldest first, each in its own transaction as the admin who
 * scheduled it. One that can no longer be made (a unit ended meanwhile) is marked failed with the reason, audited,
 * and the others go on. Returns the ids applied.
 */
export async function applyDueRestructures(db: Db, today = todayInVietnam()): Promise<number[]> {
  const applied: number[] = [];
  for (;;) {
    let picked: { id: number; createdById: number } | null = null;
    try {
      const done = await transaction(db, async (tx, sql) => {
        const rows = await sql<{ id: number; operation: unknown; createdById: number; scopeCommitteeId: number }>`
          SELECT "id", "operation", "createdById", "scopeCommitteeId" FROM "ScheduledRestructure"
          WHERE "status" = 'PENDING' AND "effectiveFrom" <= ${today}::date
          ORDER BY "effectiveFrom", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const row = rows[0];
        if (!row) return null;
        picked = row;
        const parsed = restructureSchema.safeParse(row.operation);
        if (!parsed.success) throw new AppError("INVALID", "scheduledUnreadable");
        const input = parsed.data;
        const actor = { userId: row.createdById, scopeCommitteeId: row.scopeCommitteeId };
        const report = await executeRestructure(tx, sql, input, actor, true, { today });
        await recordRestructure(sql, input, report, row.createdById, row.id);
        await sql.count`UPDATE "ScheduledRestructure" SET "status" = 'APPLIED', "settledAt" = now() WHERE "id" = ${row.id}::int`;
        return row.id;
      }, TX);
      if (done === null) return applied;
      applied.push(done);
    } catch (error) {
      const failed = picked as { id: number; createdById: number } | null;
      if (!failed) throw error;
      // Anything but a refusal (a lost connection, a deadlock) leaves it pending for the next round.
      if (!(error instanceof AppError)) {
        logUnexpected(`scheduled restructure ${failed.id}`, error);
        return applied;
      }
      const reason = error.key;
      await transaction(db, async (_tx, sql) => {
        const marked = await sql.count`
          UPDATE "ScheduledRestructure" SET "status" = 'FAILED', "settledAt" = now(), "failure" = ${reason}
          WHERE "id" = ${failed.id}::int AND "status" = 'PENDING'`;
        if (marked > 0) {
          await recordAudit(sql, { actorId: failed.createdById, action: "restructure.schedule_failed", entityType: "ScheduledRestructure", entityId: failed.id, after: { reason } });
        }
      });
    }
  }
}
