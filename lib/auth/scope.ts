// Scope: an account sees and acts on its scope committee and that committee's descendants, nothing else.
import type { Sql } from "@/lib/sql";

/** Prisma `where` fragment for a committee inside the scope: put it in every committee-bound query. */
export function inScope(scopeCommitteeId: number) {
  return { ancestors: { some: { ancestorId: scopeCommitteeId } } } as const;
}

export async function isInScope(sql: Sql, scopeCommitteeId: number, committeeId: number): Promise<boolean> {
  // Raw: every action asks this first, and Prisma's per-query cost is several times the lookup's.
  const rows = await sql<unknown>`
    SELECT 1 FROM "CommitteeClosure" WHERE "ancestorId" = ${scopeCommitteeId}::int AND "descendantId" = ${committeeId}::int`;
  return rows.length > 0;
}

/** Whether the committee is a root of the tree (an account scoped to it administers the whole installation). */
export async function isRootCommittee(sql: Sql, committeeId: number): Promise<boolean> {
  const rows = await sql<unknown>`SELECT 1 FROM "Committee" WHERE "id" = ${committeeId}::int AND "parentId" IS NULL`;
  return rows.length > 0;
}
