import Link from "next/link";
import type { CommitteeNode } from "@/lib/committees/tree";

interface Labels {
  kind: Record<string, string>;
  units: (count: number) => string;
  /** The link that opens a folded unit's own tree. */
  openTree?: (count: number) => string;
}

/**
 * The tree as nested lists; a unit's units fold under a disclosure (the top two levels open, deeper ones one click or
 * Enter away). The disclosure's summary holds only the count: a link inside a summary would be a control in a control.
 */
export function CommitteeTree({ root, labels }: { root: CommitteeNode; labels: Labels }) {
  return (
    <ul className="space-y-1">
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
      <span className="text-sm text-stone-600">{labels.kind[node.kind] ?? node.kind}</span>
      {node.folded && labels.openTree && (
        <Link href={`/committees?root=${node.id}`} className="text-sm text-blue-800 underline">{labels.openTree(node.size - 1)}</Link>
      )}
    </span>
  );
  if (node.children.length === 0) {
    return <li className="py-0.5 pl-5">{row}</li>;
  }
  return (
    <li className="py-0.5 pl-5">
      {row}
      <details open={depth < 2} className="group">
        <summary className="-ml-5 w-fit cursor-pointer text-sm text-stone-600 marker:text-stone-500">{labels.units(node.size - 1)}</summary>
        <ul className="ml-0 border-l border-stone-200 pl-3">
          {node.children.map((child) => (
            <TreeItem key={child.id} node={child} depth={depth + 1} labels={labels} />
          ))}
        </ul>
      </details>
    </li>
  );
}
