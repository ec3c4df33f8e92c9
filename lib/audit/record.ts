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

export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: String(event.entityId),
      committeeId: event.committeeId ?? null,
      before: event.before,
      after: event.after,
      ip: event.ip ?? null,
    },
  });
}
