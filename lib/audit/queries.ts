// The audit page: events of a committee's subtree, filtered and paged by id (newest first). The viewer's scope
// is joined into the query itself, so a committee outside it yields nothing.
import "server-only";
import { sql } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ACTION_GROUPS, type AuditGroup } from "./actions";
import type { AuditFilter } from "./schema";
import { referencedCommittees } from "./sentence";

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
  /** Its parent's name: many units share a name ("Chi bộ Văn phòng"). */
  committeeParentName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The groups of actions a viewer may list: accounts, installation settings and sign-ins for account administrators. */
export function visibleGroups(viewer: Viewer): AuditGroup[] {
  const everyone: AuditGroup[] = ["figures", "workflow", "resolutions", "committees"];
  return can(viewer.role, "account.manage") ? [...everyone, "accounts", "installation", "signIns"] : everyone;
}

/** The actions a filter asks for, among those the viewer may list; sign-ins only when asked for. */
function chosenActions(viewer: Viewer, choice: string | undefined): string[] {
  const groups = visibleGroups(viewer);
  if (choice && (groups as string[]).includes(choice)) return [...AUDIT_ACTION_GROUPS[choice as AuditGroup]];
  const visible = groups.flatMap((g) => [...AUDIT_ACTION_GROUPS[g]] as string[]);
  if (choice && visible.includes(choice)) return [choice];
  return groups.filter((g) => g !== "signIns").flatMap((g) => [...AUDIT_ACTION_GROUPS[g]]);
}

/** Vietnam's calendar day → the instant it starts (every user of the app is in UTC+7). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** One page of events (newest first), or for a download up to `limit` of them. */
export async function listAuditEvents(viewer: Viewer, committeeId: number, filter: AuditFilter, limit = AUDIT_PAGE_SIZE) {
  const actions = chosenActions(viewer, filter.action);
  const conditions = [
    Prisma.sql`a."action" = ANY(${actions}::text[])`,
    filter.from ? Prisma.sql`a."at" >= ${dayStart(filter.from)}` : Prisma.empty,
    filter.to ? Prisma.sql`a."at" < ${new Date(dayStart(filter.to).getTime() + 86_400_000)}` : Prisma.empty,
    filter.before ? Prisma.sql`a."id" < ${filter.before}::bigint` : Prisma.empty,
  ].filter((c) => c !== Prisma.empty);
  const rows = await sql<AuditRow>`
    SELECT a."id", a."at", a."action", a."entityType", a."entityId", a."before", a."after", a."committeeId",
           u."displayName" AS "actor", c."name" AS "committeeName", p."name" AS "committeeParentName"
    FROM "AuditEvent" a
    JOIN "CommitteeClosure" scope ON scope."descendantId" = a."committeeId" AND scope."ancestorId" = ${viewer.scopeCommitteeId}::int
    JOIN "CommitteeClosure" chosen ON chosen."descendantId" = a."committeeId" AND chosen."ancestorId" = ${committeeId}::int
    LEFT JOIN "User" u ON u."id" = a."actorId"
    LEFT JOIN "Committee" c ON c."id" = a."committeeId"
    LEFT JOIN "Committee" p ON p."id" = c."parentId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a."id" DESC
    LIMIT ${limit + 1}`;
  // The id is a bigint, which pg reads as a string.
  const events = rows.slice(0, limit);
  // Names of the committees the events refer to (a new parent, a successor), those in the viewer's scope only.
  const ids = [...new Set(events.flatMap(referencedCommittees))];
  const named = ids.length === 0 ? [] : await sql<{ id: number; name: string }>`
    SELECT c."id", c."name" FROM "Committee" c
    JOIN "CommitteeClosure" scope ON scope."descendantId" = c."id" AND scope."ancestorId" = ${viewer.scopeCommitteeId}::int
    WHERE c."id" = ANY(${ids}::int[])`;
  const committees = Object.fromEntries(named.map((c) => [String(c.id), c.name]));
  return { events, committees, older: rows.length > limit ? events.at(-1)!.id : null };
}
