import "server-only";
import { db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";
import { getBooleanSetting, REQUIRE_TOTP_FOR_ADMINS } from "@/lib/settings";

const accountFields = {
  id: true, username: true, displayName: true, role: true, active: true, lastSignInAt: true, totpEnabled: true, email: true,
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

/** API tokens whose scope lies inside the administrator's own subtree, newest first. */
export function getApiTokens(viewer: Viewer) {
  return db.apiToken.findMany({
    where: { scopeCommittee: inScope(viewer.scopeCommitteeId) },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true, scopeCommittee: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * The viewer's own two-step verification state, whether administrators must use it, and whether the viewer's
 * scope committee is a root (only there may an administrator change that setting).
 */
export async function getTwoFactorState(viewer: Viewer) {
  const [user, required, scope] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { totpSecret: true, totpEnabled: true } }),
    getBooleanSetting(db, REQUIRE_TOTP_FOR_ADMINS),
    db.committee.findUniqueOrThrow({ where: { id: viewer.scopeCommitteeId }, select: { parentId: true } }),
  ]);
  return { user, required, scopeIsRoot: scope.parentId === null };
}

/** The signed-in account's own address for notices by mail (null: none). */
export async function getOwnEmail(viewer: Viewer): Promise<string | null> {
  return (await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true } })).email;
}
