import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { committeesQuerySchema } from "@/lib/api/schema";
import { getCommitteePage } from "@/lib/committees/queries";

/**
 * The subtree in force of `root` (default: the caller's scope committee), each unit with its depth below the root,
 * level by level, in pages: `next` is the cursor of the following page, or null on the last. `depth` keeps the levels
 * down to that depth, so a national client can also walk the tree a level at a time.
 */
export const GET = apiRoute(committeesQuerySchema, async (viewer, query) => {
  const page = await getCommitteePage(viewer.scopeCommitteeId, query.root ?? viewer.scopeCommitteeId, query);
  if (!page) return apiError("NOT_FOUND");
  return ok(page.units, { next: page.next });
});
