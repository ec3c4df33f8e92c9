// Who hears of a unit's year: its editors (the accounts entering its figures) and its approvers. Both are the active
// accounts of that role scoped to the nearest committee of the unit's lineage that has any: a cell's figures are
// typed by its grassroots committee's staff and approved by the committee above. Overdue notices go to the parent's
// approvers (the unit itself left out), so a unit is never told on to its own leaders.
import { Prisma } from "@/lib/generated/prisma/client";

/** A subquery of user ids: the nearest `role` accounts at or above `unit` (an SQL expression), from `minDepth` up. */
export function nearestAccounts(unit: Prisma.Sql, role: "EDITOR" | "APPROVER", minDepth: 0 | 1): Prisma.Sql {
  return Prisma.sql`(
    SELECT u."id" FROM "User" u JOIN "CommitteeClosure" cc ON cc."ancestorId" = u."scopeCommitteeId"
    WHERE cc."descendantId" = ${unit} AND u."active" AND u."role" = ${role}::"Role" AND cc."depth" = (
      SELECT min(cc2."depth") FROM "CommitteeClosure" cc2 JOIN "User" u2 ON u2."scopeCommitteeId" = cc2."ancestorId"
      WHERE cc2."descendantId" = ${unit} AND u2."active" AND u2."role" = ${role}::"Role" AND cc2."depth" >= ${minDepth}::int))`;
}
