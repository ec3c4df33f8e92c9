// Pure: turns the flat subtree rows of the closure table into a nested tree for display.
export interface CommitteeNodeInput {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: string;
}

export interface CommitteeNode extends CommitteeNodeInput {
  children: CommitteeNode[];
  /** Units in this node's subtree, itself included. */
  size: number;
  /** Its units are not listed under it (a large tree is shown to a depth): its own tree lists them. */
  folded: boolean;
}

/**
 * Nests `rows` under `rootId`, children in code order (codes follow the order units are numbered). `foldedSizes`
 * gives the subtree size of nodes whose descendants were not read (the deepest level shown of a large tree).
 */
export function buildTree(rows: CommitteeNodeInput[], rootId: number, foldedSizes: Map<number, number> = new Map()): CommitteeNode | null {
  const nodes = new Map<number, CommitteeNode>(rows.map((r) => [r.id, { ...r, children: [], size: 1, folded: false }]));
  for (const node of nodes.values()) {
    if (node.id !== rootId && node.parentId !== null) nodes.get(node.parentId)?.children.push(node);
  }
  const root = nodes.get(rootId);
  if (!root) return null;
  const finish = (node: CommitteeNode): number => {
    node.children.sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
    const folded = node.children.length === 0 ? foldedSizes.get(node.id) : undefined;
    node.folded = folded !== undefined && folded > 1;
    node.size = folded ?? 1 + node.children.reduce((sum, child) => sum + finish(child), 0);
    return node.size;
  };
  finish(root);
  return root;
}

/**
 * The options of a committee list, in tree order and indented by level. A name that repeats in the list ("Chi bộ
 * Văn phòng" under ten committees) is followed by its parent's name, and by its code when that still repeats, so
 * a unit can be told apart without counting indentation.
 */
export function committeeOptions(root: CommitteeNode | null): { value: string; label: string; name: string }[] {
  const flat: { node: CommitteeNode; depth: number; parent: CommitteeNode | null }[] = [];
  const walk = (node: CommitteeNode, depth: number, parent: CommitteeNode | null) => {
    flat.push({ node, depth, parent });
    node.children.forEach((child) => walk(child, depth + 1, node));
  };
  if (root) walk(root, 0, null);
  const count = <K,>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const names = count(flat.map((x) => x.node.name));
  const withParent = (x: (typeof flat)[number]) => (x.parent ? `${x.node.name} — ${x.parent.name}` : x.node.name);
  const qualified = count(flat.map(withParent));
  return flat.map((x) => {
    const base = names.get(x.node.name)! > 1 ? withParent(x) : x.node.name;
    const label = names.get(x.node.name)! > 1 && qualified.get(withParent(x))! > 1 ? `${base} (${x.node.code})` : base;
    return { value: String(x.node.id), label: `${"\u2003".repeat(x.depth)}${label}`, name: x.node.name };
  });
}
