// Writes to the append-only audit trail. Callers pass their transaction so the event commits with the change.
import { Prisma } from "@/lib/generated/prisma/client";
// Raw, so that a figure save's transaction of raw statements (rawTransaction) can write its events too.
import type { Sql } from "@/lib/sql";

export interface AuditInput {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  committeeId?: number | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
}

const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));

export async function recordAudit(sql: Sql, event: AuditInput): Promise<void> {
  await recordAudits(sql, [event]);
}

/** Several events in one statement (a save of many figures), in the order given. */
export async function recordAudits(sql: Sql, events: AuditInput[]): Promise<void> {
  if (events.length > 0) await sql.count(auditInsert(events));
}

/** The INSERT of `events` (at least one), as a statement or a data-modifying WITH of another (a figure save's write). */
export function auditInsert(events: AuditInput[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "committeeId", "before", "after", "ip")
    SELECT e."actorId", e."action", e."entityType", e."entityId", e."committeeId", e."before", e."after", e."ip"
    FROM unnest(${events.map((e) => e.actorId)}::int[], ${events.map((e) => e.action)}::text[],
                ${events.map((e) => e.entityType)}::text[], ${events.map((e) => String(e.entityId))}::text[],
                ${events.map((e) => e.committeeId ?? null)}::int[], ${events.map((e) => json(e.before))}::jsonb[],
                ${events.map((e) => json(e.after))}::jsonb[], ${events.map((e) => e.ip ?? null)}::text[])
         WITH ORDINALITY AS e ("actorId", "action", "entityType", "entityId", "committeeId", "before", "after", "ip", "n")
    ORDER BY e."n"`;
}
