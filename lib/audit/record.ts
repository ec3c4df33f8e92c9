// Writes to the append-only audit trail. Callers pass their transaction so the event commits with the change.
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Db, "auditEvent">;

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

const row = (event: AuditInput) => ({
  actorId: event.actorId,
  action: event.action,
  entityType: event.entityType,
  entityId: String(event.entityId),
  committeeId: event.committeeId ?? null,
  before: event.before,
  after: event.after,
  ip: event.ip ?? null,
});

export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: row(event) });
}

/** Several events in one statement (a save of many figures), in the order given. */
export async function recordAudits(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length > 0) await tx.auditEvent.createMany({ data: events.map(row) });
}
