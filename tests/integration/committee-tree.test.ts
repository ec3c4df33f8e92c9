// The tree page at any size: whole when small, folded below a bounded number of units, and only in scope.
import { beforeAll, describe, expect, it } from "vitest";
import type { CommitteeNode } from "@/lib/committees/tree";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let getCommitteeTreePage: typeof import("@/lib/committees/queries").getCommitteeTreePage;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  process.env.DATABASE_URL = t.url;
  ({ getCommitteeTreePage } = await import("@/lib/committees/queries"));
});

const nodes = (node: CommitteeNode): CommitteeNode[] => [node, ...node.children.flatMap(nodes)];

describe("the committee tree page", () => {
  it("lists the province whole, with the units in force counted exactly", async () => {
    const province = demo.viewers.admin.scopeCommitteeId;
    const inForce = await t.db.committeeClosure.count({ where: { ancestorId: province, descendant: { validTo: null } } });
    const tree = (await getCommitteeTreePage(province, province))!;
    expect(tree.size).toBe(inForce);
    expect(nodes(tree)).toHaveLength(inForce);
    expect(nodes(tree).some((n) => n.folded)).toBe(false);
  });

  it("folds a tree larger than the limit below its deepest level that fits, and each folded unit opens whole", async () => {
    const province = demo.viewers.admin.scopeCommitteeId;
    const whole = (await getCommitteeTreePage(province, province))!;
    const tree = (await getCommitteeTreePage(province, province, 10))!;
    expect(tree.size).toBe(whole.size);
    const listed = nodes(tree);
    expect(listed.length).toBeLessThanOrEqual(Math.max(10, 1 + tree.children.length));
    const folded = listed.filter((n) => n.folded);
    expect(folded.length).toBeGreaterThan(0);
    // Listed units plus the folded units' hidden ones are the whole tree.
    expect(listed.length + folded.reduce((sum, n) => sum + n.size - 1, 0)).toBe(whole.size);
    const agencies = folded.find((n) => n.code === "AP-CQD")!;
    expect((await getCommitteeTreePage(province, agencies.id))!.size).toBe(agencies.size);
  });

  it("at every limit, lists the deepest levels that fit and no more, and the counts stay whole", async () => {
    const province = demo.viewers.admin.scopeCommitteeId;
    const whole = (await getCommitteeTreePage(province, province))!;
    const perLevel: number[] = [];
    const walk = (n: CommitteeNode, depth: number) => { perLevel[depth] = (perLevel[depth] ?? 0) + 1; n.children.forEach((c) => walk(c, depth + 1)); };
    walk(whole, 0);
    for (const limit of [1, 2, 5, 10, 20, 40, 60, 74, 75, 1000]) {
      // Expected: levels 0 and 1 always, then each next level while the running total stays within the limit.
      let shown = 1;
      let listed = perLevel[0]! + perLevel[1]!;
      while (shown + 1 < perLevel.length && listed + perLevel[shown + 1]! <= limit) listed += perLevel[++shown]!;
      const tree = (await getCommitteeTreePage(province, province, limit))!;
      expect({ limit, listed: nodes(tree).length, size: tree.size }).toEqual({ limit, listed, size: whole.size });
    }
  });

  it("finds nothing for a unit outside the viewer's scope", async () => {
    const cell = demo.viewers.editor.scopeCommitteeId;
    expect(await getCommitteeTreePage(cell, demo.viewers.admin.scopeCommitteeId)).toBeNull();
    expect(await getCommitteeTreePage(cell, cell)).not.toBeNull();
  });
});
