// Who may download a report from a route handler: the same checks requirePermission makes for pages
// (a live session, two-step verification where required of administrators, the report.export permission),
// answered as data because a download cannot be redirected to a page.
import "server-only";
import { can } from "@/lib/auth/permissions";
import { getRouteViewer, type Viewer } from "@/lib/auth/session";

export type ReportAccess = { viewer: Viewer } | { refused: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND"; key?: string };

export async function getReportAccess(): Promise<ReportAccess> {
  const caller = await getRouteViewer();
  if ("refused" in caller) return caller;
  const { viewer } = caller;
  // As pages do (notFound), a role without the permission learns nothing about what exists.
  if (!can(viewer.role, "report.export")) return { refused: "NOT_FOUND" };
  return { viewer };
}
