// Scope: an account sees and acts on its scope committee and that committee's descendants, nothing else.
import type { Db } from "@/lib/db-client";

type Tx = Pick<Db, "committeeClosure">;

/** Prisma `where` fragment for a committee inside the scope: put it in every committee-bound query. */
export function inScope(scopeCommitteeId: number) {
  return { ancestors: { some: { ancestorId: scopeCommitteeId } } } as const;
}

export async function isInScope(tx: Tx, scopeCommitteeId: number, committeeId: number): Promise<boolean> {
  const row = await tx.committeeClosure.findUnique({
    where: { ancestorId_descendantId: { ancestorId: scopeCommitteeId, descendantId: committeeId } },
    select: { depth: true },
  });
  return row !== null;
}
