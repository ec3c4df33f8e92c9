// The one table of the app: a scroll container (so a wide table scrolls on a phone instead of the page), a caption or
// an empty-state message, and columns that each say how to draw their header and their cells. No hooks, no
// directive: server components and client components (the cascade, the import panel) render it alike.
import type { ReactNode } from "react";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned, with figures of equal width. */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`): read out before each other cell of the row. */
  rowHeader?: boolean;
  /** Classes on the header and on every cell of the column. */
  className?: string;
  headerClassName?: string;
  cellClassName?: string | ((row: Row) => string);
  /** The column the rows are sorted by. */
  sort?: "ascending" | "descending";
}

const PADDING = {
  normal: { head: "px-2 py-2", cell: "px-2 py-2" },
  compact: { head: "px-2 py-2", cell: "px-2 py-1.5" },
  tight: { head: "px-2 py-1", cell: "px-2 py-1" },
} as const;

export function DataTable<Row>({
  columns, rows, rowKey, caption, captionClassName = "py-2 text-left font-semibold", empty, density = "normal",
  className = "", headClassName = "bg-stone-100", rowClassName, containerClassName = "overflow-x-auto", id,
}: {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  caption?: ReactNode;
  /** "sr-only" for a caption that only names the table for screen readers. */
  captionClassName?: string;
  /** Shown instead of the table when there are no rows; without it an empty table keeps its header. */
  empty?: ReactNode;
  /** Vertical padding of the cells (compact: the header keeps the normal padding). */
  density?: keyof typeof PADDING;
  className?: string;
  headClassName?: string;
  rowClassName?: string | ((row: Row) => string);
  containerClassName?: string;
  /** The table's id: a chart drawn from the same rows points at it as its text alternative. */
  id?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="text-stone-600">{empty}</p>;
  const pad = PADDING[density];
  const cls = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");
  return (
    <div className={containerClassName}>
      <table id={id} className={cls("w-full text-left text-sm", className)}>
        {caption !== undefined && <caption className={captionClassName}>{caption}</caption>}
        <thead className={headClassName}>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sort} className={cls(pad.head, c.numeric && "text-right", c.className, c.headerClassName)}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className={cls("border-t border-stone-200", typeof rowClassName === "function" ? rowClassName(row) : rowClassName)}>
              {columns.map((c) => {
                const Cell = c.rowHeader ? "th" : "td";
                const extra = typeof c.cellClassName === "function" ? c.cellClassName(row) : c.cellClassName;
                return (
                  <Cell key={c.key} scope={c.rowHeader ? "row" : undefined} className={cls(pad.cell, c.numeric && "text-right tabular-nums", c.className, extra)}>
                    {c.cell(row, i)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
