// Reads of committees. Every query takes the caller's scope committee and matches only its subtree, so
// another subtree's id simply finds nothing.
import "server-only";
import { cache } from "react";
import { db, prepared, sql } from "@/lib/db";
import { inScope, isInScope } from "@/lib/auth/scope";
import { buildTree, type CommitteeNode } from "./tree";

/** Units a tree page lists at most: the country's 300,000 (260 MB of HTML) shows its provinces and districts, each opening on its own. */
export const TREE_PAGE_UNITS = 1_000;

/**
 * The tree below `rootId` (in the viewer's scope) for the tree page: whole when small, otherwise down to the
 * deepest level that keeps it within TREE_PAGE_UNITS (always the direct children); the units of the deepest level
 * shown are counted, not listed, and each opens as a tree of its own. Reads are bounded by what is shown.
 */
export const getCommitteeTreePage = cache(async (scopeCommitteeId: number, rootId: number, limit = TREE_PAGE_UNITS) => {
  // Units per level, level by level, stopping after the first level that does not fit; that level is counted only
  // up to one past what would fit (the national root: 34 + 467 listed, then 500 of 40,847 counted, where counting
  // every level read the 1.5M closure rows of the country).
  const levels = await sql<{ depth: number; units: number }>`
    WITH RECURSIVE lv ("depth", "units", "listed") AS (
      SELECT 0, 1, 1 FROM "Committee" r
      WHERE r."id" = ${rootId}::int AND r."validTo" IS NULL
        AND EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."descendantId" = ${rootId}::int AND s."ancestorId" = ${scopeCommitteeId}::int)
      UNION ALL
      SELECT lv."depth" + 1, c."n", lv."listed" + c."n"
      FROM lv CROSS JOIN LATERAL (
        SELECT count(*)::int AS "n" FROM (
          SELECT 1 FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId" AND d."validTo" IS NULL
          WHERE cc."ancestorId" = ${rootId}::int AND cc."depth" = lv."depth" + 1
          -- The direct children are always listed, so counted exactly.
          LIMIT CASE WHEN lv."depth" = 0 THEN NULL ELSE greatest(${limit}::int - lv."listed" + 1, 1) END
        ) x
      ) c
      -- Go on below a level only while it is listed (the first two always are).
      WHERE (lv."depth" <= 1 OR lv."listed" <= ${limit}::int) AND c."n" > 0
    )
    SELECT "depth", "units" FROM lv ORDER BY 1`;
  if (levels.length === 0) return null;
  let depth = 0;
  let listed = 0;
  for (const level of levels) {
    if (level.depth > 1 && listed + level.units > limit) break;
    listed += level.units;
    depth = level.depth;
  }
  const rows = await sql<{ id: number; parentId: number | null; code: string; name: string; kind: string }>`
    SELECT d."id", d."parentId", d."code", d."name", d."kind"::text AS "kind"
    FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId" AND d."validTo" IS NULL
    WHERE cc."ancestorId" = ${rootId}::int AND cc."depth" <= ${depth}::int`;
  const deepest = depth < levels.at(-1)!.depth ? await sql<{ id: number; size: number }>`
    SELECT cc."ancestorId" AS "id", count(*)::int AS "size"
    FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId" AND d."validTo" IS NULL
    WHERE cc."ancestorId" IN (SELECT x."descendantId" FROM "CommitteeClosure" x WHERE x."ancestorId" = ${rootId}::int AND x."depth" = ${depth}::int)
    GROUP BY 1` : [];
  return buildTree(rows, rootId, new Map(deepest.map((r) => [r.id, r.size])));
});

export const getCommittee = cache(async (scopeCommitteeId: number, committeeId: number) =>
  db.committee.findFirst({
    where: { id: committeeId, ancestors: { some: { ancestorId: scopeCommitteeId } } },
    include: {
      parent: { select: { id: true, name: true } },
      children: { where: { validTo: null }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } },
      successor: { select: { id: true, name: true } },
      predecessors: { select: { id: true, code: true, name: true, validTo: true }, orderBy: { code: "asc" } },
      resolutions: {
        orderBy: { term: { startYear: "desc" } },
        include: {
          term: true,
          targets: {
            orderBy: [{ category: "asc" }, { position: "asc" }],
            include: {
              indicator: { select: { code: true, nameVi: true, nameEn: true, unitVi: true, unitEn: true } },
              assessments: { orderBy: { year: "desc" }, take: 1 },
            },
          },
        },
      },
    },
  }),
);

export type CommitteeDetail = NonNullable<Awaited<ReturnType<typeof getCommittee>>>;

/**
 * The tree in force on `date` (YYYY-MM-DD), from the dated parent links: every unit of the scope's reporting
 * subtree that existed that day, under the parent it had that day. Units whose parent then lay outside the
 * scope (the 21 organizations before the agencies' committee existed) are roots of their own.
 */
export const getCommitteeTreeAsOf = cache(async (scopeCommitteeId: number, date: string): Promise<CommitteeNode[]> => {
  const day = new Date(`${date}T00:00:00Z`);
  const during = { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] };
  const rows = await db.committee.findMany({
    where: { ...inScope(scopeCommitteeId), ...during },
    select: { id: true, code: true, name: true, kind: true, links: { where: during, select: { parentId: true }, take: 1 } },
  });
  const nodes = rows.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind, parentId: r.links[0]?.parentId ?? null }));
  const ids = new Set(nodes.map((n) => n.id));
  return nodes
    .filter((n) => n.parentId === null || !ids.has(n.parentId))
    .map((root) => buildTree(nodes, root.id)!)
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
});

export interface CommitteePageRow {
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
 * One page of the subtree in force of `rootId`, each unit with its depth below the root, level by level: `next` is
 * the cursor (`depth.id`) of the following page, or null on the last; `depth` keeps the levels down to that depth.
 * Null when the root is not in the scope (another subtree's id finds nothing).
 */
export async function getCommitteePage(
  scopeCommitteeId: number, rootId: number, page: { depth?: number; after?: [depth: number, id: number]; limit: number },
) {
  if (!(await isInScope(sql, scopeCommitteeId, rootId))) return null;
  const [afterDepth, afterId] = page.after ?? [-1, 0];
  // The row comparison is the index's range condition (ancestor, depth, descendant): a page deep in the country's
  // tree costs what the first does. Units in force only: ended units hang under their successors in the closure.
  const rows = await committeePage<CommitteePageRow>`
    SELECT c."id", c."code", c."name", c."nameEn", c."kind"::text AS "kind", c."parentId",
           to_char(c."validFrom", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "validFrom", cc."depth"
    FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
    WHERE cc."ancestorId" = ${rootId}::int AND c."validTo" IS NULL AND cc."depth" <= ${page.depth ?? 2_147_483_647}::int
      AND (cc."depth", cc."descendantId") > (${afterDepth}::int, ${afterId}::int)
    ORDER BY cc."depth", cc."descendantId"
    LIMIT ${page.limit + 1}::int`;
  const units = rows.slice(0, page.limit);
  const last = units.at(-1);
  const next = rows.length > page.limit && last ? `${last.depth}.${last.id}` : null;
  return { units: units.map((r) => ({ ...r, validTo: null })), next };
}
