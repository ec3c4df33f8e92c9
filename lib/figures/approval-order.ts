// Approval up the tree (an installation setting, off by default): a committee's year may be approved only once the
// years of every unit below it that reports are approved. The review queue shows what still blocks each year.
import { z } from "zod";
import type { ActionSpec } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { setBooleanSetting } from "@/lib/settings";
import { transaction, type Sql } from "@/lib/sql";
import { REPORTING_KINDS } from "./completeness";

export const APPROVE_AFTER_UNITS = "approveAfterUnits";

export async function approveAfterUnits(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ on: boolean }>`SELECT "value" = 'true'::jsonb AS "on" FROM "AppSetting" WHERE "key" = ${APPROVE_AFTER_UNITS}`;
  return row?.on ?? false;
}

export interface Blocking {
  /** Units below not yet approved. */
  count: number;
  /** The first few of them, by code, for the message and the queue. */
  names: string[];
}

const NAMED = 3;

/** For each committee-year, the units below it (itself left out) expected to report whose year is not approved. */
export async function blockingUnits(sql: Sql, pairs: readonly (readonly [number, number])[]): Promise<Map<string, Blocking>> {
  if (pairs.length === 0) return new Map();
  const rows = await sql<{ committeeId: number; year: number; count: number; names: string[] }>`
    WITH k AS (SELECT DISTINCT * FROM unnest(${pairs.map(([c]) => c)}::int[], ${pairs.map(([, y]) => y)}::int[]) AS k ("c", "y")),
    open AS (
      SELECT k."c", k."y", c."code", c."name"
      FROM k JOIN "CommitteeClosure" cc ON cc."ancestorId" = k."c" AND cc."depth" >= 1
      JOIN "Committee" c ON c."id" = cc."descendantId"
      LEFT JOIN "FigureYear" fy ON fy."committeeId" = c."id" AND fy."year" = k."y"
      WHERE COALESCE(fy."status"::text, 'NOT_STARTED') <> 'APPROVED'
        -- Expected to report, as completeness counts them (lib/figures/completeness.ts).
        AND (fy."committeeId" IS NOT NULL OR (
          c."kind"::text = ANY(${[...REPORTING_KINDS]}::text[])
          AND c."validFrom" <= make_date(k."y", 12, 31)
          AND (c."validTo" IS NULL OR c."validTo" > make_date(k."y", 12, 31))))
    )
    SELECT "c" AS "committeeId", "y" AS "year", count(*)::int AS "count",
      (array_agg("name" ORDER BY "code"))[1:${NAMED}::int] AS "names"
    FROM open GROUP BY "c", "y"`;
  return new Map(rows.map((r) => [`${r.committeeId}:${r.year}`, { count: r.count, names: r.names }]));
}

/** Refuses an approval while units below are not approved, when the setting is on. */
export async function checkUnitsApproved(sql: Sql, committeeId: number, year: number): Promise<void> {
  if (!(await approveAfterUnits(sql))) return;
  const blocking = (await blockingUnits(sql, [[committeeId, year]])).get(`${committeeId}:${year}`);
  if (blocking) throw new AppError("REFUSED", "unitsNotApproved", { count: blocking.count, units: blocking.names.join(", ") });
}

const settingSchema = z.object({ on: z.enum(["true", "false"]).transform((v) => v === "true") });

export const approveAfterUnitsSpec = {
  permission: "committee.manage",
  scope: "installation",
  schema: settingSchema,
  async run({ on }, { viewer, db }) {
    await transaction(db, async (tx, sql) => {
      await setBooleanSetting(tx, APPROVE_AFTER_UNITS, on);
      await recordAudit(sql, { actorId: viewer.userId, action: "setting.approve_after_units", entityType: "AppSetting", entityId: APPROVE_AFTER_UNITS, after: { on } });
    });
    return { on };
  },
} satisfies ActionSpec<typeof settingSchema, { on: boolean }>;
