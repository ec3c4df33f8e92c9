// Notices of a workflow step, written in the step's own transaction (lib/figures/workflow.ts): a submission waits
// for the unit's approvers; a return (with its comment), an approval or an unlock (with its reason) goes to the
// unit's editors and whoever submitted the year. The actor is never told of their own step. The event key names
// the year's version after the step, so a step is delivered once per account.
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Sql } from "@/lib/sql";
import type { WorkflowAction } from "@/lib/figures/workflow";
import { nearestAccounts } from "./recipients";

const KIND: Record<WorkflowAction, NotificationKind> = {
  "figure.submit": "WAITING", "figure.approve": "APPROVED", "figure.return": "RETURNED", "figure.unlock": "UNLOCKED",
};

export interface StepEvent {
  committeeId: number;
  year: number;
  /** The year's version after the step. */
  version: number;
  actorId: number;
  comment?: string;
}

export async function notifyStep(sql: Sql, action: WorkflowAction, event: StepEvent): Promise<number> {
  const kind = KIND[action];
  const { committeeId, year } = event;
  const unit = Prisma.sql`${committeeId}::int`;
  const recipients = kind === "WAITING"
    ? nearestAccounts(unit, "APPROVER", 0)
    : Prisma.sql`(${nearestAccounts(unit, "EDITOR", 0)} UNION
        SELECT "submittedById" FROM "FigureYear" WHERE "committeeId" = ${unit} AND "year" = ${year}::int AND "submittedById" IS NOT NULL)`;
  const key = `${kind.toLowerCase()}:${committeeId}:${year}:${event.version}`;
  return sql.count`
    INSERT INTO "Notification" ("userId", "eventKey", "kind", "committeeId", "year", "comment")
    SELECT r."id", ${key}, ${kind}::"NotificationKind", ${unit}, ${year}::int, ${kind === "WAITING" ? null : (event.comment ?? null)}::text
    FROM ${recipients} AS r ("id") WHERE r."id" <> ${event.actorId}::int
    ON CONFLICT ("userId", "eventKey") DO NOTHING`;
}
