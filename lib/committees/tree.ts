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
