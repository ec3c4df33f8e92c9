// Restructuring as action specs (lib/auth/action.ts): preview runs the operation in a transaction and rolls it
// back, returning what would change; apply runs the same code again, checks the versions the preview read,
// audits every change and commits, all in one transaction.
import type { Db } from "@/lib/db-client";
import { type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { transaction, type Sql } from "@/lib/sql";
import { executeRestructure, todayInVietnam, type RestructureReport } from "./execute";
import { scheduleRestructure } from "./schedule";
import { applySchema, namedCommittees, restructureSchema, type RestructureInput } from "./schema";

/** Thrown to roll a preview back once its report is made. */
class Rollback extends Error {
  constructor(readonly report: RestructureReport) {
    super("preview");
  }
}

export const TX = { timeout: 120_000, maxWait: 10_000 } as const;

export async function previewRestructure(db: Db, input: RestructureInput, actor: { userId: number; scopeCommitteeId: number }): Promise<RestructureReport> {
  try {
    await transaction(db, async (tx, sql) => {
      throw new Rollback(await executeRestructure(tx, sql, input, actor, false, { allowFuture: true }));
    }, TX);
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
  throw new Error("unreachable");
}

export async function applyRestructure(
  db: Db, input: RestructureInput, versions: Record<string, number>, actor: { userId: number; scopeCommitteeId: number },
): Promise<RestructureReport> {
  // Dated after today: kept as pending, applied on its date.
  if (input.effectiveFrom > todayInVietnam()) return scheduleRestructure(db, input, versions, actor);
  return transaction(db, async (tx, sql) => {
    const ids = Object.keys(versions).map(Number).sort((a, b) => a - b);
    // Locked in id order, then compared: a unit changed since the preview refuses the whole operation.
    const rows = await sql<{ id: number; version: number }>`
      SELECT "id", "version" FROM "Committee" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id" FOR UPDATE`;
    const now = new Map(rows.map((r) => [r.id, r.version]));
    if (ids.some((id) => now.get(id) !== versions[String(id)])) throw new AppError("CONFLICT", "restructureChanged");
    const report = await executeRestructure(tx, sql, input, actor, true);
    if (Object.keys(report.versions).some((id) => versions[id] === undefined)) throw new AppError("CONFLICT", "restructureChanged");
    await recordRestructure(sql, input, report, actor.userId);
    return report;
  }, TX);
}

/** The audit event of a whole operation, beside the events of each unit it changed. */
export async function recordRestructure(sql: Sql, input: RestructureInput, report: RestructureReport, actorId: number, scheduledId?: number) {
  const main = report.units.find((u) => u.change !== "created")?.unit ?? report.units[0]?.unit;
  await recordAudit(sql, {
    actorId, action: `restructure.${input.op}`, entityType: "Committee", entityId: main?.id ?? 0, committeeId: main?.id ?? null,
    after: { operation: input, units: report.units.length, accounts: report.accounts.length, rollupRows: report.rollupRows, ...(scheduledId ? { scheduledId } : {}) } as never,
  });
}

async function named(raw: unknown): Promise<number[]> {
  const parsed = restructureSchema.safeParse(raw);
  return parsed.success ? namedCommittees(parsed.data) : [];
}

export const previewRestructureSpec = {
  permission: "committee.manage",
  scope: named,
  schema: restructureSchema,
  run: (input, { viewer, db }) => previewRestructure(db, input, viewer),
} satisfies ActionSpec<typeof restructureSchema, RestructureReport>;

export const applyRestructureSpec = {
  permission: "committee.manage",
  scope: async (raw) => named((raw as { operation?: unknown } | null)?.operation),
  schema: applySchema,
  run: (input, { viewer, db }) => applyRestructure(db, input.operation, input.versions, viewer),
} satisfies ActionSpec<typeof applySchema, RestructureReport>;
