import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { committeesQuerySchema } from "@/lib/api/schema";
import { isInScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/**
 * The subtree in force of `root` (default: the caller's scope committee), each unit with its depth below the root;
 * `depth` keeps the levels down to that depth, so a national client can walk the tree a level at a time.
 */
export const GET = apiRoute(committeesQuerySchema, async (viewer, query) => {
  const root = query.root ?? viewer.scopeCommitteeId;
  if (!(await isInScope(db, viewer.scopeCommitteeId, root))) return apiError("NOT_FOUND");
  const rows = await db.committeeClosure.findMany({
    // Units in force: ended units hang under their successors in the closure and are not part of today's tree.
    where: { ancestorId: root, descendant: { validTo: null }, ...(query.depth !== undefined ? { depth: { lte: query.depth } } : {}) },
    orderBy: [{ depth: "asc" }, { descendantId: "asc" }],
    select: { depth: true, descendant: { select: { id: true, code: true, name: true, nameEn: true, kind: true, parentId: true, validFrom: true, validTo: true } } },
  });
  return ok(rows.map((r) => ({ ...r.descendant, depth: r.depth })));
});
