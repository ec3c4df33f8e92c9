// The audit page: events of a committee's subtree, filtered and paged by id (newest first). The viewer's scope
// is joined into the query itself, so a committee outside it yields nothing.
import "server-only";
import { sql } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACCOUNT_ACTIONS, FIGURE_ACTIONS, type AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: string | null;
  committeeId: number | null;
  committeeName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The actions a viewer may list: figure events for everyone, account events for account administrators. */
export function visibleActions(viewer: Viewer): readonly string[] {
  return can(viewer.role, "account.manage") ? [...FIGURE_ACTIONS, ...ACCOUNT_ACTIONS] : FIGURE_ACTIONS;
}

/** Vietnam's calendar day → the instant it starts (every user of the app is in UTC+7). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

export async function listAuditEvents(viewer: Viewer, committeeId: number, filter: AuditFilter) {
  const actions = filter.action && visibleActions(viewer).includes(filter.action) ? [filter.action] : [...visibleActions(viewer)];
  const conditions = [
    Prisma.sql`a."action" = ANY(${actions}::text[])`,
    filter.from ? Prisma.sql`a."at" >= ${dayStart(filter.from)}` : Prisma.empty,
    filter.to ? Prisma.sql`a."at" < ${new Date(dayStart(filter.to).getTime() + 86_400_000)}` : Prisma.empty,
    filter.before ? Prisma.sql`a."id" < ${filter.before}::bigint` : Prisma.empty,
  ].filter((c) => c !== Prisma.empty);
  const rows = await sql<AuditRow>`
    SELECT a."id", a."at", a."action", a."entityType", a."entityId", a."before", a."after", a."committeeId",
           u."displayName" AS "actor", c."name" AS "committeeName"
    FROM "AuditEvent" a
    JOIN "CommitteeClosure" scope ON scope."descendantId" = a."committeeId" AND scope."ancestorId" = ${viewer.scopeCommitteeId}::int
    JOIN "CommitteeClosure" chosen ON chosen."descendantId" = a."committeeId" AND chosen."ancestorId" = ${committeeId}::int
    LEFT JOIN "User" u ON u."id" = a."actorId"
    LEFT JOIN "Committee" c ON c."id" = a."committeeId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a."id" DESC
    LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  // The id is a bigint, which pg reads as a string.
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events, older: rows.length > AUDIT_PAGE_SIZE ? events.at(-1)!.id : null };
}
