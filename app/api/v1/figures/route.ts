import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { figuresQuerySchema } from "@/lib/api/schema";
import { getCommitteeFigures } from "@/lib/figures/queries";

/** A committee's own entered figures for a year, and its rolled-up subtree totals with completeness. */
export const GET = apiRoute(figuresQuerySchema, async (viewer, query) => {
  const figures = await getCommitteeFigures(viewer.scopeCommitteeId, query.committee ?? viewer.scopeCommitteeId, query.year, query.element);
  return figures ? ok(figures) : apiError("NOT_FOUND");
});
