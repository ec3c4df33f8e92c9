// The file's columns, the escaping of text cells and the row version token. Pure (the CLI and the server use it).
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return, which some
// readers skip before looking). Every text cell written to a file that starts with one of those, or with the
// apostrophe itself, gets a leading apostrophe; reading drops one leading apostrophe. Escaping the apostrophe
// too keeps the round trip exact for every string ("'x" → "''x" → "'x").
import { createHash } from "node:crypto";

export const COLUMNS = ["committee_code", "committee_name", "element_code", "element_name", "unit", "year", "value", "note", "version"] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns an import needs; the names and the unit are there for people and ignored on import. */
export const REQUIRED_COLUMNS = ["committee_code", "element_code", "year", "value"] as const satisfies readonly Column[];

const DANGEROUS = /^[=+\-@\t\r']/;

export function escapeCell(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** One row of the file, as written on export. value = null: no figure. */
export interface ExportRow {
  committeeCode: string;
  committeeName: string;
  elementCode: string;
  elementName: string;
  unit: string;
  year: number;
  value: string | null;
  note: string;
  /** The stored figure's version when exported (0: none stored); written as a token (see versionToken). */
  version: number;
}

// The version an exported row was read at travels in the row itself, so sorting or filtering the sheet keeps it
// with its figure; a short check of the row's key and version makes a token moved onto another row (copied, or
// retyped) read as invalid instead of passing for that row's. "v" first, so no spreadsheet takes it for a number.
export interface RowKey {
  committeeCode: string;
  elementCode: string;
  year: number;
}

function checkOf(key: RowKey, version: number): string {
  return createHash("sha256").update(`${key.committeeCode}|${key.elementCode}|${key.year}|${version}`).digest("hex").slice(0, 6);
}

/** "v3-1a2b3c": figure version 3 of this row's committee, element and year. */
export function versionToken(key: RowKey, version: number): string {
  return `v${version}-${checkOf(key, version)}`;
}

/** The version a token records for this row; "invalid" for a token of another row or garbled; null for a blank cell. */
export function readVersionToken(token: string, key: RowKey): number | "invalid" | null {
  const text = token.trim();
  if (text === "") return null;
  const match = /^v(\d{1,9})-([0-9a-f]{6})$/.exec(text);
  if (!match) return "invalid";
  const version = Number(match[1]);
  return checkOf(key, version) === match[2] ? version : "invalid";
}
