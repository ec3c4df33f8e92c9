import "server-only";
import { db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";

const accountFields = {
  id: true, username: true, displayName: true, role: true, active: true, lastSignInAt: true, totpEnabled: true,
  scopeCommitteeId: true, scopeCommittee: { select: { name: true } },
} as const;

/** Accounts whose scope lies inside the administrator's own subtree. */
export function listAccounts(viewer: Viewer) {
  return db.user.findMany({
    where: { scopeCommittee: inScope(viewer.scopeCommitteeId) },
    select: accountFields,
    orderBy: { username: "asc" },
  });
}

export function getAccount(viewer: Viewer, id: number) {
  return db.user.findFirst({ where: { id, scopeCommittee: inScope(viewer.scopeCommitteeId) }, select: accountFields });
}
