// The committee-year workflow: DRAFT → SUBMITTED → APPROVED (locked); returned or unlocked back to DRAFT.
// Lock order everywhere: the FigureYear row, then its figures (by element), then rollup rows (sorted), so saves
// and workflow steps on the same year queue up instead of deadlocking.
import { Prisma } from "@/lib/generated/prisma/client";
import type { FigureStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Sql } from "@/lib/sql";
import type { RollupDelta } from "./rollup";
import { notifyStep } from "@/lib/notifications/workflow-events";


export interface YearRow {
  status: FigureStatus;
  version: number;
}

export const yearEntityId = (committeeId: number, year: number) => `${committeeId}:${year}`;
export const figureEntityId = (committeeId: number, dataElementId: number, year: number) => `${committeeId}:${dataElementId}:${year}`;

/**
 * Creates the year's row if missing and locks it: shared for a draft save (saves of one year may run side by
 * side; each figure's version decides between them), exclusive for a workflow step, so a save never lands in
 * a year that is being submitted or approved.
 */
export async function lockYear(sql: Sql, committeeId: number, year: number, mode: "share" | "update"): Promise<YearRow> {
  const lock = () => mode === "update"
    ? sql<YearRow>`
        SELECT "status", "version" FROM "FigureYear" WHERE "committeeId" = ${committeeId}::int AND "year" = ${year}::int FOR UPDATE`
    : sql<YearRow>`
        SELECT "status", "version" FROM "FigureYear" WHERE "committeeId" = ${committeeId}::int AND "year" = ${year}::int FOR SHARE`;
  // Most saves are of a year already begun: one statement. (Not one INSERT … ON CONFLICT and a SELECT in one
  // statement: its snapshot would miss a row another save inserted meanwhile.)
  const [row] = await lock();
  if (row) return row;
  await sql.count`
    INSERT INTO "FigureYear" ("committeeId", "year") VALUES (${committeeId}::int, ${year}::int)
    ON CONFLICT ("committeeId", "year") DO NOTHING`;
  return (await lock())[0]!;
}

const counted = (status: string) => (status === "DRAFT" ? 0 : 1);

/** Brings every figure of the year to `to`; returns the change in submitted counts for the rollup. */
async function setFiguresStatus(sql: Sql, committeeId: number, year: number, to: FigureStatus): Promise<RollupDelta[]> {
  const changed = await sql<{ dataElementId: number; old: string }>`
    WITH old AS (
      SELECT "id", "dataElementId", "status"::text AS "old" FROM "Figure"
      WHERE "committeeId" = ${committeeId}::int AND "year" = ${year}::int AND "status" <> ${to}::"FigureStatus"
      ORDER BY "dataElementId" FOR UPDATE
    )
    UPDATE "Figure" f SET "status" = ${to}::"FigureStatus" FROM old WHERE f."id" = old."id"
    RETURNING old."dataElementId", old."old"`;
  return changed.map((c) => ({ dataElementId: c.dataElementId, value: "0", units: 0, submitted: counted(to) - counted(c.old) }));
}

export type WorkflowAction = "figure.submit" | "figure.approve" | "figure.return" | "figure.unlock";

const STEPS: Record<WorkflowAction, { from: FigureStatus; to: FigureStatus }> = {
  "figure.submit": { from: "DRAFT", to: "SUBMITTED" },
  "figure.approve": { from: "SUBMITTED", to: "APPROVED" },
  "figure.return": { from: "SUBMITTED", to: "DRAFT" },
  "figure.unlock": { from: "APPROVED", to: "DRAFT" },
};

export interface StepInput {
  committeeId: number;
  year: number;
  actorId: number;
  /** The FigureYear version the actor saw; omitted when the caller holds the row lock already (submit). */
  version?: number;
  /** Return comment or unlock reason: shown to the editor on the form. */
  comment?: string;
  /** When it happens (the action's clock); the database's time when left out. */
  at?: Date;
}

/** One workflow step in the caller's transaction: status of the year and its figures, audit, notices; returns rollup deltas. */
export async function stepYear(sql: Sql, action: WorkflowAction, input: StepInput): Promise<RollupDelta[]> {
  const { from, to } = STEPS[action];
  const { committeeId, year } = input;
  const rows = await sql<YearRow>`
    SELECT "status", "version" FROM "FigureYear" WHERE "committeeId" = ${committeeId}::int AND "year" = ${year}::int FOR UPDATE`;
  const row = rows[0];
  if (!row || row.status !== from) throw new AppError("REFUSED", "wrongStatus", { status: row?.status ?? "NOT_STARTED" });
  if (input.version !== undefined && row.version !== input.version) throw new AppError("CONFLICT", "yearChanged");
  const deltas = await setFiguresStatus(sql, committeeId, year, to);
  // Set by hand what Prisma's @updatedAt would: the statement is raw.
  const who = action === "figure.submit"
    ? Prisma.sql`"submittedById" = ${input.actorId}::int, "submittedAt" = COALESCE(${input.at ?? null}::timestamptz, now()), "returnComment" = NULL`
    : action === "figure.approve"
      ? Prisma.sql`"reviewedById" = ${input.actorId}::int, "reviewedAt" = now()`
      : Prisma.sql`"reviewedById" = ${input.actorId}::int, "reviewedAt" = now(), "returnComment" = ${input.comment ?? null}::text`;
  await sql.count`
    UPDATE "FigureYear" SET "status" = ${to}::"FigureStatus", "version" = "version" + 1, "updatedAt" = now(), ${who}
    WHERE "committeeId" = ${committeeId}::int AND "year" = ${year}::int`;
  await recordAudit(sql, {
    actorId: input.actorId, action, entityType: "FigureYear", entityId: yearEntityId(committeeId, year), committeeId,
    before: { year, status: row.status, version: row.version },
    after: { year, status: to, version: row.version + 1, ...(input.comment ? { comment: input.comment } : {}) },
  });
  // In the step's transaction: the notice exists exactly when the step does.
  await notifyStep(sql, action, { committeeId, year, version: row.version + 1, actorId: input.actorId, comment: input.comment });
  return deltas;
}
