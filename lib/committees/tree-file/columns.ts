// The committee tree file: its columns and how a header and a row are read. Pure (the CLI, the route and the
// tests use it). The same columns are written by the export, so an exported file imports unchanged.
import { unescapeCell } from "@/lib/imports/cells";
import type { FileRecord } from "@/lib/imports/records";

export const TREE_COLUMNS = ["code", "name", "name_en", "kind", "parent_code", "valid_from", "valid_to", "grassroots_type"] as const;
export type TreeColumn = (typeof TREE_COLUMNS)[number];

/**
 * Columns a file must have; name_en, valid_to and grassroots_type (Biểu 5's type of grassroots) may be left out
 * (empty for every row). An empty grassroots_type keeps a known unit's type: a file made before the column existed
 * changes no type (the edit form clears one).
 */
export const REQUIRED_TREE_COLUMNS = ["code", "name", "kind", "parent_code", "valid_from"] as const satisfies readonly TreeColumn[];

/** One data row as read: the cells of the known columns, unescaped and trimmed. */
export interface TreeRow {
  row: number;
  cells: Record<TreeColumn, string>;
}

/** A finding about the file: row (1 = the header), column (null: the row as a whole), a message key and its values. */
export interface TreeIssue {
  row: number;
  column: string | null;
  /** treeImportErrors for the file's own checks; errors for a refusal of the restructuring engine. */
  namespace: "treeImportErrors" | "errors";
  key: string;
  params?: Record<string, string | number>;
}

export type TreeFileOutcome = { ok: true; rows: TreeRow[] } | { ok: false; issues: TreeIssue[] };

/** The header's columns: an unknown or repeated column, or a missing required one, is an issue of row 1. */
export function readTreeRecords(records: FileRecord[]): TreeFileOutcome {
  const [header, ...data] = records;
  if (!header) return { ok: false, issues: [{ row: 1, column: null, namespace: "treeImportErrors", key: "emptyFile" }] };
  const issues: TreeIssue[] = [];
  const index = new Map<TreeColumn, number>();
  header.cells.forEach((cell, i) => {
    const name = unescapeCell(cell).trim().toLowerCase();
    if (name === "") return;
    if (!(TREE_COLUMNS as readonly string[]).includes(name)) issues.push({ row: header.line, column: name, namespace: "treeImportErrors", key: "unknownColumn", params: { column: name } });
    else if (index.has(name as TreeColumn)) issues.push({ row: header.line, column: name, namespace: "treeImportErrors", key: "repeatedColumn", params: { column: name } });
    else index.set(name as TreeColumn, i);
  });
  for (const column of REQUIRED_TREE_COLUMNS) {
    if (!index.has(column)) issues.push({ row: header.line, column, namespace: "treeImportErrors", key: "missingColumn", params: { column } });
  }
  if (issues.length) return { ok: false, issues };
  const rows = data.map((r) => ({
    row: r.line,
    cells: Object.fromEntries(TREE_COLUMNS.map((c) => [c, index.has(c) ? unescapeCell(r.cells[index.get(c)!] ?? "").trim() : ""])) as Record<TreeColumn, string>,
  }));
  return { ok: true, rows };
}
