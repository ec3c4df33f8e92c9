// The reporting calendar's actions (see lib/auth/action.ts): an administrator sets a term year's dates for a
// committee of their subtree (the root's are the installation's; a subtree's may only be stricter than those above
// it), and grants or revokes units' extensions. Each change is audited.
import { idField, type ActionSpec } from "@/lib/auth/action";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { entryDeadlineOf } from "@/lib/figures/write-rules";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { rawTransaction, sqlOf, type Sql } from "@/lib/sql";
import { deadlineKey, deadlinesInForce } from "./queries";
import { grantExtensionsSchema, namedIds, removeCalendarSchema, revokeExtensionSchema, setCalendarSchema } from "./schema";

const DATES = ["opensOn", "entryDeadline", "approvalDeadline"] as const;
const localeOf = (l: string): Locale => (l === "en" ? "en" : "vi");
const shown = (d: string, locale: Locale) => formatDate(new Date(`${d}T00:00:00Z`), locale);

async function requireTermYear(sql: Sql, year: number) {
  const [row] = await sql<{ ok: boolean }>`SELECT EXISTS (SELECT 1 FROM "Term" WHERE "startYear" <= ${year}::int AND "endYear" >= ${year}::int) AS "ok"`;
  if (!row?.ok) throw new AppError("INVALID", "yearOutsideTerms", { year });
}

export const setCalendarSpec = {
  permission: "committee.manage",
  scope: async (raw) => [idField(raw, "committeeId")],
  schema: setCalendarSchema,
  async run(input, { viewer, db }) {
    return rawTransaction(db, async (sql) => {
      await requireTermYear(sql, input.year);
      // The dates in force from above (the committee's parent's lineage): a subtree may only tighten them.
      const [parent] = await sql<{ parentId: number | null }>`SELECT "parentId" FROM "Committee" WHERE "id" = ${input.committeeId}::int`;
      const above = parent?.parentId ? (await deadlinesInForce(sql, [[parent.parentId, input.year]])).get(deadlineKey(parent.parentId, input.year)) : undefined;
      for (const key of DATES) {
        if (above && input[key] > above[key]) throw new AppError("REFUSED", "notStricter", { date: shown(above[key], localeOf(viewer.locale)), committee: above.setByName });
      }
      const [before] = await sql<{ opensOn: string; entryDeadline: string; approvalDeadline: string }>`
        SELECT to_char("opensOn", 'YYYY-MM-DD') AS "opensOn", to_char("entryDeadline", 'YYYY-MM-DD') AS "entryDeadline",
               to_char("approvalDeadline", 'YYYY-MM-DD') AS "approvalDeadline"
        FROM "ReportingCalendar" WHERE "committeeId" = ${input.committeeId}::int AND "year" = ${input.year}::int FOR UPDATE`;
      await sql.count`
        INSERT INTO "ReportingCalendar" ("committeeId", "year", "opensOn", "entryDeadline", "approvalDeadline")
        VALUES (${input.committeeId}::int, ${input.year}::int, ${input.opensOn}::date, ${input.entryDeadline}::date, ${input.approvalDeadline}::date)
        ON CONFLICT ("committeeId", "year") DO UPDATE SET "opensOn" = EXCLUDED."opensOn", "entryDeadline" = EXCLUDED."entryDeadline",
          "approvalDeadline" = EXCLUDED."approvalDeadline", "updatedAt" = now()`;
      const after = { year: input.year, opensOn: input.opensOn, entryDeadline: input.entryDeadline, approvalDeadline: input.approvalDeadline };
      await recordAudit(sql, {
        actorId: viewer.userId, action: "calendar.set", entityType: "ReportingCalendar", entityId: deadlineKey(input.committeeId, input.year),
        committeeId: input.committeeId, before: before ? { year: input.year, ...before } : undefined, after,
      });
      return after;
    });
  },
} satisfies ActionSpec<typeof setCalendarSchema, { year: number }>;

/** The committee a calendar or extension row belongs to (null: no such row), for the scope check. */
const ownerOf = (table: "ReportingCalendar" | "ReportingExtension") => async (raw: unknown, db: Parameters<ActionSpec<typeof removeCalendarSchema, unknown>["run"]>[1]["db"]) => {
  const id = idField(raw, "id");
  if (id === null) return [null];
  const rows = table === "ReportingCalendar"
    ? await sqlOf(db)<{ committeeId: number }>`SELECT "committeeId" FROM "ReportingCalendar" WHERE "id" = ${id}::int`
    : await sqlOf(db)<{ committeeId: number }>`SELECT "committeeId" FROM "ReportingExtension" WHERE "id" = ${id}::int`;
  return [rows[0]?.committeeId ?? null];
};

export const removeCalendarSpec = {
  permission: "committee.manage",
  scope: ownerOf("ReportingCalendar"),
  schema: removeCalendarSchema,
  async run(input, { viewer, db }) {
    return rawTransaction(db, async (sql) => {
      const [row] = await sql<{ committeeId: number; year: number; opensOn: string; entryDeadline: string; approvalDeadline: string }>`
        DELETE FROM "ReportingCalendar" WHERE "id" = ${input.id}::int
        RETURNING "committeeId", "year", to_char("opensOn", 'YYYY-MM-DD') AS "opensOn",
          to_char("entryDeadline", 'YYYY-MM-DD') AS "entryDeadline", to_char("approvalDeadline", 'YYYY-MM-DD') AS "approvalDeadline"`;
      if (!row) throw new AppError("NOT_FOUND");
      const { committeeId, ...before } = row;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "calendar.remove", entityType: "ReportingCalendar", entityId: deadlineKey(committeeId, row.year),
        committeeId, before,
      });
      return { year: row.year };
    });
  },
} satisfies ActionSpec<typeof removeCalendarSchema, { year: number }>;

export const grantExtensionsSpec = {
  permission: "committee.manage",
  scope: async (raw) => namedIds(raw),
  schema: grantExtensionsSchema,
  async run(input, { viewer, db }) {
    const ids = [...new Set(input.committeeIds)];
    return rawTransaction(db, async (sql) => {
      const inForce = await deadlinesInForce(sql, ids.map((id) => [id, input.year] as const));
      const names = new Map((await sql<{ id: number; name: string }>`SELECT "id", "name" FROM "Committee" WHERE "id" = ANY(${ids}::int[])`).map((r) => [r.id, r.name]));
      for (const id of ids) {
        const d = inForce.get(deadlineKey(id, input.year));
        if (!d) throw new AppError("REFUSED", "noCalendar", { unit: names.get(id) ?? "", year: input.year });
        // An extension gives more time than the calendar; an earlier date is a stricter calendar's job.
        if (input.until <= d.entryDeadline) throw new AppError("REFUSED", "extensionNotLater", { unit: names.get(id) ?? "", date: shown(d.entryDeadline, localeOf(viewer.locale)) });
      }
      const before = new Map(ids.map((id) => [id, inForce.get(deadlineKey(id, input.year))?.extendedUntil ?? null]));
      await sql.count`
        INSERT INTO "ReportingExtension" ("committeeId", "year", "until", "reason")
        SELECT c, ${input.year}::int, ${input.until}::date, ${input.reason}::text FROM unnest(${ids}::int[]) AS c ORDER BY c
        ON CONFLICT ("committeeId", "year") DO UPDATE SET "until" = EXCLUDED."until", "reason" = EXCLUDED."reason", "createdAt" = now()`;
      await recordAudits(sql, ids.map((id) => ({
        actorId: viewer.userId, action: "extension.grant", entityType: "ReportingExtension", entityId: deadlineKey(id, input.year), committeeId: id,
        before: before.get(id) ? { year: input.year, until: before.get(id) } : undefined,
        after: { year: input.year, until: input.until, reason: input.reason },
      })));
      return { granted: ids.length, entryDeadline: entryDeadlineOf(inForce.get(deadlineKey(ids[0]!, input.year)) ?? null) };
    });
  },
} satisfies ActionSpec<typeof grantExtensionsSchema, { granted: number }>;

export const revokeExtensionSpec = {
  permission: "committee.manage",
  scope: ownerOf("ReportingExtension"),
  schema: revokeExtensionSchema,
  async run(input, { viewer, db }) {
    return rawTransaction(db, async (sql) => {
      const [row] = await sql<{ committeeId: number; year: number; until: string; reason: string }>`
        DELETE FROM "ReportingExtension" WHERE "id" = ${input.id}::int
        RETURNING "committeeId", "year", to_char("until", 'YYYY-MM-DD') AS "until", "reason"`;
      if (!row) throw new AppError("NOT_FOUND");
      const { committeeId, ...before } = row;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "extension.revoke", entityType: "ReportingExtension", entityId: deadlineKey(committeeId, row.year),
        committeeId, before,
      });
      return { year: row.year };
    });
  },
} satisfies ActionSpec<typeof revokeExtensionSchema, { year: number }>;
