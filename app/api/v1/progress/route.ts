import { progressPayload } from "@/lib/api/progress";
import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { progressQuerySchema } from "@/lib/api/schema";
import { getDashboard } from "@/lib/dashboard/queries";
import { sql } from "@/lib/db";
import { reportingRate } from "@/lib/figures/reporting-rate";

/** Targets with progress and status for a committee, term and review year (defaults as on the dashboard). */
export const GET = apiRoute(progressQuerySchema, async (viewer, { committee, term, year }) => {
  const dashboard = await getDashboard(viewer, committee ?? viewer.scopeCommitteeId, term ?? null, year ?? null);
  if (!dashboard) return apiError("NOT_FOUND");
  return ok(progressPayload(dashboard, await reportingRate(sql, dashboard.committee.id, dashboard.reviewYear)));
});
