// Reads of committees. Every query takes the caller's scope committee and matches only its subtree, so
// another subtree's id simply finds nothing.
import "server-only";
import { cache } from "react";
import { db, sql } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import { buildTree, type CommitteeNode } from "./tree";

/** Units a tree page lists at most: the country's 300,000 (260 MB of HTML) shows its provinces and districts, each opening on its own. */
export const TREE_PAGE_UNITS = 1_000;

/**
 * The tree below `rootId` (in the viewer's scope) for the tree page: whole when small, otherwise down to the
 * deepest level that keeps it within TREE_PAGE_UNITS (always the direct children); the units of the deepest level
 * shown are counted, not listed, and each opens as a tree of its own. Reads are bounded by what is shown.
 */
export const getCommitteeTreePage = cache(async (scopeCommitteeId: number, rootId: number, limit = TREE_PAGE_UNITS) => {
  const levels = await sql<{ depth: number; units: number }>`
    SELECT cc."depth", count(*)::int AS "units"
    FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId" AND d."validTo" IS NULL
    WHERE cc."ancestorId" = ${rootId}::int
      AND EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."descendantId" = ${rootId}::int AND s."ancestorId" = ${scopeCommitteeId}::int)
    GROUP BY 1 ORDER BY 1`;
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
