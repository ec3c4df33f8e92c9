import { getApiViewer } from "@/lib/api/auth";
import { progressPayload } from "@/lib/api/progress";
import { apiError, handle, ok } from "@/lib/api/respond";
import { progressQuerySchema, queryOf } from "@/lib/api/schema";
import { getDashboard } from "@/lib/dashboard/queries";

/** Targets with progress and status for a committee, term and review year (defaults as on the dashboard). */
export async function GET(request: Request) {
  return handle(async () => {
    const viewer = await getApiViewer(request);
    if (!viewer) return apiError("UNAUTHENTICATED");
    const query = progressQuerySchema.safeParse(queryOf(request));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const { committee, term, year } = query.data;
    const dashboard = await getDashboard(viewer, committee ?? viewer.scopeCommitteeId, term ?? null, year ?? null);
    if (!dashboard) return apiError("NOT_FOUND");
    return ok(progressPayload(dashboard));
  });
}
