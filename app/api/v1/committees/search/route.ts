import { apiRoute, ok } from "@/lib/api/respond";
import { committeeSearchQuerySchema } from "@/lib/api/schema";
import { searchCommittees } from "@/lib/committees/search";

/** Units in force of the caller's subtree whose code or name contains every word of `q` (marks and case ignored). */
export const GET = apiRoute(committeeSearchQuerySchema, async (viewer, query) =>
  ok(await searchCommittees(viewer.scopeCommitteeId, query.q, query.limit)));
