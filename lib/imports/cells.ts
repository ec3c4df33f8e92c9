// The file's columns and the escaping of text cells. Pure (the browser and the CLI use it too).
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return, which some
// readers skip before looking). Every text cell written to a file that starts with one of those, or with the
// apostrophe itself, gets a leading apostrophe; reading drops one leading apostrophe. Escaping the apostrophe
// too keeps the round trip exact for every string ("'x" → "''x" → "'x").
export const COLUMNS = ["committee_code", "committee_name", "element_code", "element_name", "unit", "year", "value", "note"] as const;
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
}
