import { describe, expect, it } from "vitest";
import { buildTree, committeeOptions } from "@/lib/committees/tree";

const rows = [
  { id: 1, parentId: null, code: "AP", name: "Đảng bộ tỉnh", kind: "PROVINCIAL" },
  { id: 3, parentId: 1, code: "AP-KCQDN", name: "Khối", kind: "UPPER_GRASSROOTS" },
  { id: 2, parentId: 1, code: "AP-CQD", name: "Cơ quan Đảng", kind: "UPPER_GRASSROOTS" },
  { id: 5, parentId: 2, code: "AP-CQD-10", name: "Chi bộ 10", kind: "GRASSROOTS_CELL" },
  { id: 4, parentId: 2, code: "AP-CQD-2", name: "Chi bộ 2", kind: "GRASSROOTS_CELL" },
];

describe("buildTree", () => {
  it("nests units under their parents in numeric code order and counts subtree sizes", () => {
    const root = buildTree(rows, 1)!;
    expect(root.size).toBe(5);
    expect(root.children.map((c) => c.code)).toEqual(["AP-CQD", "AP-KCQDN"]);
    expect(root.children[0]!.children.map((c) => c.code)).toEqual(["AP-CQD-2", "AP-CQD-10"]);
    expect(root.children[0]!.size).toBe(3);
  });

  it("roots the tree at a scope committee below the top, ignoring its parent", () => {
    const scoped = buildTree(rows.filter((r) => [2, 4, 5].includes(r.id)), 2)!;
    expect(scoped.code).toBe("AP-CQD");
    expect(scoped.size).toBe(3);
  });

  it("returns null when the scope committee is not among the rows", () => {
    expect(buildTree(rows, 99)).toBeNull();
  });

  it("counts, without listing, the units under the deepest level read of a large tree", () => {
    // The tree page read two levels: the agencies' committee has 12 units below it, the bloc none.
    const root = buildTree(rows.filter((r) => r.id <= 3), 1, new Map([[2, 13], [3, 1]]))!;
    expect(root.size).toBe(15);
    const [agencies, bloc] = root.children;
    expect(agencies).toMatchObject({ size: 13, folded: true, children: [] });
    expect(bloc).toMatchObject({ size: 1, folded: false });
    expect(buildTree(rows, 1)!.children.every((c) => !c.folded)).toBe(true);
  });
});

describe("committeeOptions", () => {
  const tree = [
    { id: 1, parentId: null, code: "AP", name: "Đảng bộ tỉnh", kind: "PROVINCIAL" },
    { id: 2, parentId: 1, code: "AP-STC", name: "Đảng bộ Sở Tài chính", kind: "GRASSROOTS_COMMITTEE" },
    { id: 3, parentId: 1, code: "AP-SXD", name: "Đảng bộ Sở Xây dựng", kind: "GRASSROOTS_COMMITTEE" },
    { id: 4, parentId: 2, code: "AP-STC-1", name: "Chi bộ Văn phòng", kind: "GRASSROOTS_CELL" },
    { id: 5, parentId: 3, code: "AP-SXD-1", name: "Chi bộ Văn phòng", kind: "GRASSROOTS_CELL" },
    { id: 6, parentId: 3, code: "AP-SXD-2", name: "Chi bộ Phòng Kế hoạch", kind: "GRASSROOTS_CELL" },
    { id: 7, parentId: 3, code: "AP-SXD-3", name: "Chi bộ Văn phòng", kind: "GRASSROOTS_CELL" },
  ];

  it("names the parent of a repeated name, the code too when that still repeats, and leaves unique names alone", () => {
    expect(committeeOptions(buildTree(tree, 1)).map((o) => o.label)).toEqual([
      "Đảng bộ tỉnh",
      "\u2003Đảng bộ Sở Tài chính",
      "\u2003\u2003Chi bộ Văn phòng — Đảng bộ Sở Tài chính",
      "\u2003Đảng bộ Sở Xây dựng",
      "\u2003\u2003Chi bộ Văn phòng — Đảng bộ Sở Xây dựng (AP-SXD-1)",
      "\u2003\u2003Chi bộ Phòng Kế hoạch",
      "\u2003\u2003Chi bộ Văn phòng — Đảng bộ Sở Xây dựng (AP-SXD-3)",
    ]);
  });

  it("keeps the plain name beside the label, for headings", () => {
    expect(committeeOptions(buildTree(tree, 3)).map((o) => o.name)).toEqual(["Đảng bộ Sở Xây dựng", "Chi bộ Văn phòng", "Chi bộ Phòng Kế hoạch", "Chi bộ Văn phòng"]);
  });
});
