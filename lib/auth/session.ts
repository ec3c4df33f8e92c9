// The one session helper every page, action and route handler calls. Swapping the auth library touches
// this file and options.ts only.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { cookies } from "next/headers";
import { db, sql } from "@/lib/db";
import { getBooleanSetting, REQUIRE_TOTP_FOR_ADMINS } from "@/lib/settings";
import type { Role } from "@/lib/generated/prisma/enums";
import { sessionAlive } from "./config";
import { readSessionCookie, sessionCookie } from "./jwt";

export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scopeCommitteeId: number;
  scopeCommitteeName: string;
  locale: string;
  totpEnabled: boolean;
}

/**
 * The signed-in account, or null. The account is read on every request, so disabling it, changing its
 * password or "sign out everywhere" (each bumps sessionVersion) ends its sessions at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => (await readSessionAccount())?.viewer ?? null);

interface AccountRow {
  id: number; username: string; displayName: string; role: Role; active: boolean; sessionVersion: number; locale: string;
  totpEnabled: boolean; scopeCommitteeId: number; scopeName: string; totpRequired: boolean;
}

/**
 * The session's account and whether administrators must use two-step verification, in one plain-SQL round trip
 * (this runs on every request: through Prisma's query compiler it cost several times the query itself).
 */
const readSessionAccount = cache(async (): Promise<{ viewer: Viewer; totpRequired: boolean } | null> => {
  const session = await readSessionToken();
  if (!session?.uid || !sessionAlive(session, Math.floor(Date.now() / 1000))) return null;
  const [user] = await sql<AccountRow>`
    SELECT u."id", u."username", u."displayName", u."role", u."active", u."sessionVersion", u."locale", u."totpEnabled",
           u."scopeCommitteeId", c."name" AS "scopeName",
           coalesce((SELECT s."value" = 'true'::jsonb FROM "AppSetting" s WHERE s."key" = ${REQUIRE_TOTP_FOR_ADMINS}), false) AS "totpRequired"
    FROM "User" u JOIN "Committee" c ON c."id" = u."scopeCommitteeId"
    WHERE u."id" = ${session.uid}::int`;
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    viewer: {
      userId: user.id, username: user.username, displayName: user.displayName, role: user.role,
      scopeCommitteeId: user.scopeCommitteeId, scopeCommitteeName: user.scopeName, locale: user.locale,
      totpEnabled: user.totpEnabled,
    },
    totpRequired: user.totpRequired,
  };
});

/**
 * The session cookie's claims, read as next-auth's getServerSession reads them for the JWT strategy, minus its
 * callbacks and its re-encoding of the token on every call (which a server component cannot send back anyway:
 * the proxy slides the cookie).
 */
async function readSessionToken() {
  const { name, secret } = sessionCookie();
  return readSessionCookie((await cookies()).get(name)?.value, secret);
}

/**
 * For pages: the viewer, or a redirect to the sign-in page. An administrator without two-step verification,
 * where it is required, is sent to set it up first.
 */
export async function requireViewer(options: { allowMissingTotp?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (!options.allowMissingTotp && (await mustEnrolTotp(viewer))) redirect("/account/two-factor?required=1");
  return viewer;
}

/** An administrator who must set up two-step verification before doing anything else. */
export async function mustEnrolTotp(viewer: Viewer): Promise<boolean> {
  if (viewer.role !== "ADMIN" || viewer.totpEnabled) return false;
  // The signed-in viewer's request read the setting with the account; any other viewer (an API token's) reads it.
  const own = await readSessionAccount();
  return own?.viewer.userId === viewer.userId ? own.totpRequired : getBooleanSetting(db, REQUIRE_TOTP_FOR_ADMINS);
}

/** For pages of one permission: the viewer, a redirect to sign in, or not-found for a role without it. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) notFound();
  return viewer;
}
