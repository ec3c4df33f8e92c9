import { progressPayload } from "@/lib/api/progress";
import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { progressQuerySchema } from "@/lib/api/schema";
import { getDashboard } from "@/lib/dashboard/queries";

/** Targets with progress and status for a committee, term and review year (defaults as on the dashboard). */
export const GET = apiRoute(progressQuerySchema, async (viewer, { committee, term, year }) => {
  const dashboard = await getDashboard(viewer, committee ?? viewer.scopeCommitteeId, term ?? null, year ?? null);
  return dashboard ? ok(progressPayload(dashboard)) : apiError("NOT_FOUND");
});
