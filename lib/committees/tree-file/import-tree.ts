// Applies a committee tree file in one transaction, all or nothing. New units are inserted in bulk (ids drawn at
// once, rows by unnest, closure rows level by level as the benchmark generator builds them); a known unit's new
// kind is corrected in place as the edit form does, and its new name, parent or end go through the restructuring
// engine (dated links, closure and stored rollups moved in bulk), so history and rollups stay exact. A dry run
// runs exactly the same and rolls back. One audit event records the import.
import type { Db, Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { settleLeafRollups } from "@/lib/figures/rollup";
import type { GrassrootsType, Role } from "@/lib/generated/prisma/enums";
import { GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";
import { MESSAGES } from "@/lib/i18n/messages";
import { sqlOf, transaction, type Sql } from "@/lib/sql";
import { executeRestructure, todayInVietnam } from "../restructure/execute";
import { TX } from "../restructure/mutations";
import type { RestructureInput } from "../restructure/schema";
import { checkTreeFile, type StoredUnit, type TreePlan } from "./check";
import type { TreeIssue, TreeRow } from "./columns";

export interface TreeImportOptions {
  actor: { userId: number; role: Role; scopeCommitteeId: number };
  dryRun?: boolean;
  /** The day moves and renames take effect from (default today); never after today. */
  effectiveFrom?: string;
  source?: string;
  /** Injected by tests: decides today. */
  now?: Date;
}

export interface TreeImportReport {
  rows: number;
  created: number;
  moved: number;
  renamed: number;
  corrected: number;
  ended: number;
  unchanged: number;
  issues: TreeIssue[];
  dryRun: boolean;
  applied: boolean;
}

const CHUNK = 20_000;

/** Kinds as a file may name them: the code, or the name in Vietnamese or English (lower case). */
function kindNames(): Map<string, (typeof COMMITTEE_KINDS)[number]> {
  const names = new Map<string, (typeof COMMITTEE_KINDS)[number]>();
  for (const kind of COMMITTEE_KINDS) {
    names.set(kind.toLowerCase(), kind);
    for (const locale of ["vi", "en"] as const) {
      names.set(String((MESSAGES[locale].committeeKind as Record<string, string>)[kind]).toLowerCase(), kind);
    }
  }
  return names;
}

/** Types of grassroots as a file may name them: the code, or the name in Vietnamese or English (lower case). */
function typeNames(): Map<string, GrassrootsType> {
  const names = new Map<string, GrassrootsType>();
  for (const type of GRASSROOTS_TYPES) {
    names.set(type.toLowerCase(), type);
    for (const locale of ["vi", "en"] as const) {
      names.set(String((MESSAGES[locale].grassrootsType as Record<string, string>)[type]).toLowerCase(), type);
    }
  }
  return names;
}

/** Every unit of the subtree of `scopeId` (ended ones too), with its parent's code. */
export async function loadSubtree(sql: Sql, scopeId: number): Promise<StoredUnit[]> {
  return sql<StoredUnit>`
    SELECT c."id", c."code", c."name", c."nameEn", c."kind"::text AS "kind", c."grassrootsType"::text AS "grassrootsType", p."code" AS "parentCode",
           to_char(c."validFrom", 'YYYY-MM-DD') AS "validFrom", to_char(c."validTo", 'YYYY-MM-DD') AS "validTo"
    FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
    LEFT JOIN "Committee" p ON p."id" = c."parentId"
    WHERE cc."ancestorId" = ${scopeId}::int`;
}

class Rollback extends Error {}

export async function importTree(db: Db, rows: TreeRow[], options: TreeImportOptions): Promise<TreeImportReport> {
  const { actor } = options;
  if (!can(actor.role, "committee.manage")) throw new AppError("FORBIDDEN", "forbidden");
  const today = todayInVietnam(options.now);
  const effectiveFrom = options.effectiveFrom ?? today;
  const report: TreeImportReport = { rows: rows.length, created: 0, moved: 0, renamed: 0, corrected: 0, ended: 0, unchanged: 0, issues: [], dryRun: !!options.dryRun, applied: false };
  if (effectiveFrom > today) {
    report.issues.push({ row: 0, column: null, namespace: "treeImportErrors", key: "futureEffective", params: { date: effectiveFrom } });
    return report;
  }
  const read = sqlOf(db);
  const stored = await loadSubtree(read, actor.scopeCommitteeId);
  const byCode = new Map(stored.map((s) => [s.code, s]));
  const scope = stored.find((s) => s.id === actor.scopeCommitteeId);
  if (!scope) throw new AppError("NOT_FOUND", "notFound");
  const unknown = [...new Set(rows.map((r) => r.cells.code.toUpperCase()).filter((c) => c && !byCode.has(c)))];
  const [taken, scopeParent] = await Promise.all([
    read<{ code: string }>`SELECT "code" FROM "Committee" WHERE "code" = ANY(${unknown}::text[])`,
    scope.parentCode === null ? [] : read<{ kind: StoredUnit["kind"] }>`SELECT "kind"::text AS "kind" FROM "Committee" WHERE "code" = ${scope.parentCode}`,
  ]);
  const { issues, plan } = checkTreeFile({
    rows, stored: byCode, scopeCode: scope.code, scopeParentKind: scopeParent[0]?.kind ?? null,
    takenOutside: new Set(taken.map((t) => t.code)), kindNames: kindNames(), typeNames: typeNames(), today, effectiveFrom,
  });
  report.issues = issues;
  if (!plan) return report;
  Object.assign(report, {
    created: plan.creates.length, moved: plan.moves.length, renamed: plan.renames.length, corrected: plan.corrections.length,
    ended: plan.ends.length, unchanged: plan.unchanged,
  });
  if (plan.creates.length + plan.moves.length + plan.renames.length + plan.corrections.length + plan.ends.length === 0) {
    report.applied = !report.dryRun;
    return report;
  }
  try {
    await transaction(db, async (tx, sql) => {
      await applyPlan(tx, sql, plan, byCode, { ...actor }, effectiveFrom, today, report);
      if (report.issues.length || report.dryRun) throw new Rollback();
      await recordAudit(sql, {
        actorId: actor.userId, action: "committee.import", entityType: "Committee", entityId: scope.id, committeeId: scope.id,
        after: {
          source: options.source ?? null, effectiveFrom, created: report.created, moved: report.moved, renamed: report.renamed,
          corrected: report.corrected, ended: report.ended,
          // The known units it changed, for the audit page (new units are many; their count says enough).
          changed: [...new Set([...plan.moves, ...plan.renames, ...plan.corrections, ...plan.ends].map((c) => c.code))].slice(0, 200),
        },
      });
    }, { ...TX, timeout: 30 * 60_000 });
    report.applied = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return report;
}

async function applyPlan(tx: Tx, sql: Sql, plan: TreePlan, stored: Map<string, StoredUnit>, actor: { userId: number; scopeCommitteeId: number },
  effectiveFrom: string, today: string, report: TreeImportReport) {
  // Serializes with figure saves and restructurings, as the engine does.
  await sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
  if (plan.corrections.length) {
    await sql.count`
      UPDATE "Committee" c SET "kind" = x."kind"::"CommitteeKind", "grassrootsType" = x."type"::"GrassrootsType", "version" = c."version" + 1
      FROM unnest(${plan.corrections.map((c) => c.id)}::int[], ${plan.corrections.map((c) => c.kind)}::text[], ${plan.corrections.map((c) => c.grassrootsType)}::text[])
        AS x("id", "kind", "type")
      WHERE c."id" = x."id"`;
  }
  const ids = await createUnits(sql, plan, stored);
  // The first refusal stops the run (what follows it would be judged on a half-applied file); nothing is kept.
  const engine = async (row: number, input: RestructureInput) => {
    if (report.issues.length) return;
    try {
      await executeRestructure(tx, sql, input, actor, false, { today });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report.issues.push({ row, column: input.op === "move" ? "parent_code" : input.op === "dissolve" ? "valid_to" : "name", namespace: "errors", key: error.key, ...(error.values ? { params: error.values } : {}) });
    }
  };
  const idOf = (code: string) => stored.get(code)?.id ?? ids.get(code)!;
  for (const r of plan.renames) await engine(r.row, { op: "rename", effectiveFrom, committeeId: r.id, name: r.name, nameEn: r.nameEn });
  for (const m of plan.moves) await engine(m.row, { op: "move", effectiveFrom, committeeId: m.id, parentId: idOf(m.parentCode) });
  for (const e of plan.ends) await engine(e.row, { op: "dissolve", effectiveFrom: e.validTo, committeeId: e.id });
  report.issues.sort((a, b) => a.row - b.row);
}

/** Inserts the new units, their dated links and closure rows in bulk; answers their ids by code. */
async function createUnits(sql: Sql, plan: TreePlan, stored: Map<string, StoredUnit>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const units = plan.creates;
  if (units.length === 0) return ids;
  const drawn = await sql<{ id: number }>`
    SELECT nextval(pg_get_serial_sequence('"Committee"', 'id'))::int AS "id" FROM generate_series(1, ${units.length}::int)`;
  units.forEach((u, i) => ids.set(u.code, drawn[i]!.id));
  const idOf = (code: string) => stored.get(code)?.id ?? ids.get(code)!;
  for (let i = 0; i < units.length; i += CHUNK) {
    const part = units.slice(i, i + CHUNK);
    const col = <T>(f: (u: (typeof part)[number]) => T) => part.map(f);
    await sql.count`
      INSERT INTO "Committee" ("id", "code", "name", "nameEn", "kind", "grassrootsType", "parentId", "validFrom", "updatedAt")
      SELECT x."id", x."code", x."name", NULLIF(x."nameEn", ''), x."kind"::"CommitteeKind", x."type"::"GrassrootsType", x."parentId", x."validFrom", now()
      FROM unnest(${col((u) => ids.get(u.code)!)}::int[], ${col((u) => u.code)}::text[], ${col((u) => u.name)}::text[],
        ${col((u) => u.nameEn)}::text[], ${col((u) => u.kind)}::text[], ${col((u) => u.grassrootsType)}::text[],
        ${col((u) => idOf(u.parentCode))}::int[], ${col((u) => u.validFrom)}::date[])
        AS x("id", "code", "name", "nameEn", "kind", "type", "parentId", "validFrom")`;
    await sql.count`
      INSERT INTO "CommitteeLink" ("committeeId", "parentId", "validFrom")
      SELECT * FROM unnest(${col((u) => ids.get(u.code)!)}::int[], ${col((u) => idOf(u.parentCode))}::int[], ${col((u) => u.validFrom)}::date[])`;
    await sql.count`
      INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth") SELECT x, x, 0 FROM unnest(${col((u) => ids.get(u.code)!)}::int[]) AS x`;
  }
  // The planner must know the closure is no longer small: on the few rows it saw last, a province's load joins
  // by scanning the whole table once per level and unit (seen: minutes instead of seconds at 330,000 units).
  if (units.length > 1000) await sql.count`ANALYZE "CommitteeClosure"`;
  // Closure level by level: a unit's ancestors are its parent's, one deeper (creates are ordered top-down).
  const levels = new Map<number, typeof units>();
  for (const u of units) {
    if (!levels.has(u.level)) levels.set(u.level, []);
    levels.get(u.level)!.push(u);
  }
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const part = levels.get(level)!;
    await sql.count`
      INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth")
      SELECT c."ancestorId", x."id", c."depth" + 1
      FROM unnest(${part.map((u) => ids.get(u.code)!)}::int[], ${part.map((u) => idOf(u.parentCode))}::int[]) AS x("id", "parentId")
      JOIN "CommitteeClosure" c ON c."descendantId" = x."parentId"`;
  }
  // A known unit that had no unit below it keeps its own figures as its stored rows from now on.
  await settleLeafRollups(sql, [...new Set(units.filter((u) => stored.has(u.parentCode)).map((u) => stored.get(u.parentCode)!.id))]);
  return ids;
}
