import { z } from "zod";
import { optionalIdParam } from "@/lib/ids";

const optionalId = optionalIdParam;

/** Dashboard filters live in the URL; anything malformed falls back to the default instead of failing. */
export const dashboardParamsSchema = z.object({
  committee: optionalId,
  term: optionalId,
  year: z.coerce.number().int().min(1930).max(2100).optional().catch(undefined),
  /** Comparison grid: sort by this target's % of plan (a target id of the resolution, checked by the page). */
  sort: optionalId,
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});

export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

/** The query string of a dashboard view, for links that keep the filters. */
export function dashboardQuery(params: { committee: number; term: number; year: number }): string {
  return new URLSearchParams({ committee: String(params.committee), term: String(params.term), year: String(params.year) }).toString();
}
