// The one session helper every page, action and route handler calls. Swapping the auth library touches
// this file and options.ts only.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { cookies } from "next/headers";
import { db, sql } from "@/lib/db";
import { getBooleanSetting, REQUIRE_TOTP_FOR_ADMINS } from "@/lib/settings";
import { readSessionAccountRow, type SessionAccount, type Viewer } from "./account";
import { sessionAlive } from "./config";
import { readSessionCookie, sessionCookie } from "./jwt";

export type { Viewer } from "./account";

/**
 * The signed-in account, or null. The account is read on every request, so disabling it, changing its
 * password or "sign out everywhere" (each bumps sessionVersion) ends its sessions at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => (await readSessionAccount())?.viewer ?? null);

/** The session's account, read once per request. */
const readSessionAccount = cache(() => readAccount(async () => []));

/**
 * For actions: the viewer, and which of the committees named by the input lie in the viewer's scope, in the
 * session's own round trip (an action otherwise waits for one more before its own statements).
 */
export const getViewerInScope = (committeeIds: () => Promise<number[]>): Promise<SessionAccount | null> => readAccount(committeeIds);

/** `committeeIds` is asked for only with a live session token (a signed-out request costs no lookup). */
async function readAccount(committeeIds: () => Promise<number[]>): Promise<SessionAccount | null> {
  const session = await readSessionToken();
  if (!session?.uid || !sessionAlive(session, Math.floor(Date.now() / 1000))) return null;
  return readSessionAccountRow(sql, { uid: session.uid, sv: session.sv, sid: session.sid }, await committeeIds());
}

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
export async function requireViewer(options: { allowMissingTotp?: boolean; allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  // A password an administrator set is changed first, before two-step verification or anything else.
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/account?required=password");
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

/** A route handler's caller, answered as data because a route cannot redirect: refused without a live session or
 * two-step verification an administrator must set up first, and while the account must change a password an
 * administrator set (then only the account page and its own actions are open to it). */
export type RouteAccess = { viewer: Viewer } | { refused: "UNAUTHENTICATED" | "FORBIDDEN"; key?: string };

export async function getRouteViewer(): Promise<RouteAccess> {
  const viewer = await getViewer();
  if (!viewer) return { refused: "UNAUTHENTICATED" };
  if (viewer.mustChangePassword) return { refused: "FORBIDDEN", key: "passwordChangeRequired" };
  if (await mustEnrolTotp(viewer)) return { refused: "UNAUTHENTICATED" };
  return { viewer };
}

/** For pages of one permission: the viewer, a redirect to sign in, or not-found for a role without it. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) notFound();
  return viewer;
}
