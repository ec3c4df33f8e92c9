// Reads of committees. Every query takes the caller's scope committee and matches only its subtree, so
// another subtree's id simply finds nothing.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { buildTree } from "./tree";

export const getCommitteeTree = cache(async (scopeCommitteeId: number) => {
  const rows = await db.committeeClosure.findMany({
    where: { ancestorId: scopeCommitteeId },
    select: { descendant: { select: { id: true, parentId: true, code: true, name: true, kind: true } } },
  });
  return buildTree(rows.map((r) => r.descendant), scopeCommitteeId);
});

export const getCommittee = cache(async (scopeCommitteeId: number, committeeId: number) =>
  db.committee.findFirst({
    where: { id: committeeId, ancestors: { some: { ancestorId: scopeCommitteeId } } },
    include: {
      parent: { select: { id: true, name: true } },
      children: { select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } },
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
