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
}

/** Nests `rows` under `rootId`, children in code order (codes follow the order units are numbered). */
export function buildTree(rows: CommitteeNodeInput[], rootId: number): CommitteeNode | null {
  const nodes = new Map<number, CommitteeNode>(rows.map((r) => [r.id, { ...r, children: [], size: 1 }]));
  for (const node of nodes.values()) {
    if (node.id !== rootId && node.parentId !== null) nodes.get(node.parentId)?.children.push(node);
  }
  const root = nodes.get(rootId);
  if (!root) return null;
  const finish = (node: CommitteeNode): number => {
    node.children.sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
    node.size = 1 + node.children.reduce((sum, child) => sum + finish(child), 0);
    return node.size;
  };
  finish(root);
  return root;
}
