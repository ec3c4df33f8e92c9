// The committee tree as a file in the import's own format: a subtree in tree order (a unit before its units, units
// by code), every text cell escaped against formulas, dates as YYYY-MM-DD, kinds and types of grassroots by their code. The top unit is
// written without its parent (an empty parent_code keeps a known unit where it is), so an exported file imports
// unchanged and, exported again, gives the same CSV bytes (the same XLSX cells).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { escapeCell } from "@/lib/imports/cells";
import { CSV_BOM, csvLine, SEPARATOR_OF } from "@/lib/imports/csv";
import type { Locale } from "@/lib/i18n/locales";
import type { Sql } from "@/lib/sql";
import { TREE_COLUMNS } from "./columns";
import { loadSubtree } from "./import-tree";
import type { StoredUnit } from "./check";

/** The rows of the subtree of `rootId` in tree order, or null when it is not in the subtree of `scopeId`. */
export async function getTreeRows(sql: Sql, scopeId: number, rootId: number): Promise<string[][] | null> {
  const [inScope] = await sql<{ ok: number }>`SELECT 1 AS "ok" FROM "CommitteeClosure" WHERE "ancestorId" = ${scopeId}::int AND "descendantId" = ${rootId}::int`;
  if (!inScope) return null;
  const units = await loadSubtree(sql, rootId);
  const children = new Map<string, StoredUnit[]>();
  for (const u of units) {
    if (u.parentCode === null) continue;
    if (!children.has(u.parentCode)) children.set(u.parentCode, []);
    children.get(u.parentCode)!.push(u);
  }
  const root = units.find((u) => u.id === rootId)!;
  const rows: string[][] = [];
  const stack: StoredUnit[] = [root];
  while (stack.length) {
    const u = stack.pop()!;
    rows.push([u.code, u.name, u.nameEn ?? "", u.kind, u === root ? "" : (u.parentCode ?? ""), u.validFrom, u.validTo ?? "", u.grassrootsType ?? ""].map(escapeCell));
    const below = (children.get(u.code) ?? []).sort((a, b) => b.code.localeCompare(a.code, "en", { numeric: true }));
    stack.push(...below);
  }
  return rows;
}

export function renderTreeCsv(rows: string[][], locale: Locale): string {
  const separator = SEPARATOR_OF[locale];
  return [CSV_BOM, csvLine([...TREE_COLUMNS], separator), ...rows.map((r) => csvLine(r, separator))].join("");
}

// Fixed document dates, so the same tree gives the same cells and properties whenever it is exported (the zip's
// own entry times still differ: byte for byte, only the CSV is the same).
const FIXED_DATE = new Date("2000-01-01T00:00:00Z");

export async function writeTreeXlsx(rows: string[][], locale: Locale, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(locale === "vi" ? "Cay to chuc" : "Tree", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TREE_COLUMNS.map((key) => ({ key, width: { name: 50, name_en: 45 }[key as string] ?? 16 }));
  const header = sheet.addRow([...TREE_COLUMNS]);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) sheet.addRow(r.map((c) => (c === "" ? null : c))).commit();
  sheet.commit();
  await workbook.commit();
}
