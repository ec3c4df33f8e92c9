// Reads of committees. Every query takes the caller's scope committee and matches only its subtree, so
// another subtree's id simply finds nothing.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import { buildTree, type CommitteeNode } from "./tree";

export const getCommitteeTree = cache(async (scopeCommitteeId: number) => {
  const rows = await db.committeeClosure.findMany({
    // Units in force only: ended units hang under their successors in the closure (the reporting tree).
    where: { ancestorId: scopeCommitteeId, descendant: { validTo: null } },
    select: { descendant: { select: { id: true, parentId: true, code: true, name: true, kind: true } } },
  });
  return buildTree(rows.map((r) => r.descendant), scopeCommitteeId);
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

/** The scope's committees as select options, indented by depth, in tree order. */
export const getCommitteeOptions = cache(async (scopeCommitteeId: number) => {
  const tree = await getCommitteeTree(scopeCommitteeId);
  const options: { value: string; label: string }[] = [];
  const walk = (node: NonNullable<typeof tree>, depth: number) => {
    options.push({ value: String(node.id), label: `${"\u2003".repeat(depth)}${node.name}` });
    node.children.forEach((child) => walk(child, depth + 1));
  };
  if (tree) walk(tree, 0);
  return options;
});

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
