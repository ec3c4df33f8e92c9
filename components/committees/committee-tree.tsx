import Link from "next/link";
import type { CommitteeNode } from "@/lib/committees/tree";

interface Labels {
  kind: Record<string, string>;
  units: (count: number) => string;
  /** The link that opens a folded unit's own tree. */
  openTree?: (count: number) => string;
}

/** The tree as nested disclosure lists: the top two levels open, deeper ones one click (or Enter) away. */
export function CommitteeTree({ root, labels }: { root: CommitteeNode; labels: Labels }) {
  return (
    <ul className="space-y-1" role="tree">
      <TreeItem node={root} depth={0} labels={labels} />
    </ul>
  );
}

function TreeItem({ node, depth, labels }: { node: CommitteeNode; depth: number; labels: Labels }) {
  const row = (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <Link href={`/committees/${node.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
        {node.name}
      </Link>
      <span className="text-sm text-stone-500">{labels.kind[node.kind] ?? node.kind}</span>
      {node.children.length > 0 && <span className="text-sm text-stone-500">· {labels.units(node.size - 1)}</span>}
      {node.folded && labels.openTree && (
        <Link href={`/committees?root=${node.id}`} className="text-sm text-blue-800 underline">{labels.openTree(node.size - 1)}</Link>
      )}
    </span>
  );
  if (node.children.length === 0) {
    return <li role="treeitem" aria-selected={false} className="py-0.5 pl-5">{row}</li>;
  }
  return (
    <li role="treeitem" aria-selected={false} aria-expanded={depth < 2}>
      <details open={depth < 2} className="group">
        <summary className="cursor-pointer py-0.5 marker:text-stone-400">{row}</summary>
        <ul role="group" className="ml-3 border-l border-stone-200 pl-3">
          {node.children.map((child) => (
            <TreeItem key={child.id} node={child} depth={depth + 1} labels={labels} />
          ))}
        </ul>
      </details>
    </li>
  );
}
