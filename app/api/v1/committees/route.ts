import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { committeesQuerySchema } from "@/lib/api/schema";
import { isInScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/**
 * The subtree in force of `root` (default: the caller's scope committee), each unit with its depth below the root,
 * level by level, in pages: `next` is the cursor of the following page, or null on the last. `depth` keeps the levels
 * down to that depth, so a national client can also walk the tree a level at a time.
 */
export const GET = apiRoute(committeesQuerySchema, async (viewer, query) => {
  const root = query.root ?? viewer.scopeCommitteeId;
  if (!(await isInScope(db, viewer.scopeCommitteeId, root))) return apiError("NOT_FOUND");
  const after = query.after;
  const rows = await db.committeeClosure.findMany({
    where: {
      ancestorId: root,
      // Units in force: ended units hang under their successors in the closure and are not part of today's tree.
      descendant: { validTo: null },
      ...(query.depth !== undefined ? { depth: { lte: query.depth } } : {}),
      ...(after ? { OR: [{ depth: { gt: after[0] } }, { depth: after[0], descendantId: { gt: after[1] } }] } : {}),
    },
    orderBy: [{ depth: "asc" }, { descendantId: "asc" }],
    take: query.limit + 1,
    select: { depth: true, descendant: { select: { id: true, code: true, name: true, nameEn: true, kind: true, parentId: true, validFrom: true, validTo: true } } },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? `${last.depth}.${last.descendant.id}` : null;
  return ok(
    page.map((r) => ({ ...r.descendant, depth: r.depth })),
    { next },
  );
});
