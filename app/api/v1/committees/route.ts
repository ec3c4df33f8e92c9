import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { committeesQuerySchema } from "@/lib/api/schema";
import { isInScope } from "@/lib/auth/scope";
import { db, prepared } from "@/lib/db";

interface Row {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  parentId: number | null;
  validFrom: string;
  depth: number;
}

const committeePage = prepared("api-committee-page");

/**
 * The subtree in force of `root` (default: the caller's scope committee), each unit with its depth below the root,
 * level by level, in pages: `next` is the cursor of the following page, or null on the last. `depth` keeps the levels
 * down to that depth, so a national client can also walk the tree a level at a time.
 */
export const GET = apiRoute(committeesQuerySchema, async (viewer, query) => {
  const root = query.root ?? viewer.scopeCommitteeId;
  if (!(await isInScope(db, viewer.scopeCommitteeId, root))) return apiError("NOT_FOUND");
  const [afterDepth, afterId] = query.after ?? [-1, 0];
  // The row comparison is the index's range condition (ancestor, depth, descendant): a page deep in the country's
  // tree costs what the first does. Units in force only: ended units hang under their successors in the closure.
  const rows = await committeePage<Row>`
    SELECT c."id", c."code", c."name", c."nameEn", c."kind"::text AS "kind", c."parentId",
           to_char(c."validFrom", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "validFrom", cc."depth"
    FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
    WHERE cc."ancestorId" = ${root}::int AND c."validTo" IS NULL AND cc."depth" <= ${query.depth ?? 2_147_483_647}::int
      AND (cc."depth", cc."descendantId") > (${afterDepth}::int, ${afterId}::int)
    ORDER BY cc."depth", cc."descendantId"
    LIMIT ${query.limit + 1}::int`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? `${last.depth}.${last.id}` : null;
  return ok(
    page.map((r) => ({ ...r, validTo: null })),
    { next },
  );
});
