// Who may use the import and export routes: the same checks requirePermission makes for pages (a live session,
// two-step verification where required, the permission), answered as data because a route cannot redirect.
import "server-only";
import { cookies } from "next/headers";
import { can, type Permission } from "@/lib/auth/permissions";
import { getRouteViewer, type Viewer } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

export type FileAccess = { viewer: Viewer; locale: Locale } | { refused: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND"; key?: string };

export async function getFileAccess(permission: Permission): Promise<FileAccess> {
  const caller = await getRouteViewer();
  if ("refused" in caller) return caller;
  const { viewer } = caller;
  if (!can(viewer.role, permission)) return { refused: "NOT_FOUND" };
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  return { viewer, locale: isLocale(stored) ? stored : DEFAULT_LOCALE };
}
