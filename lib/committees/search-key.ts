// The text a committee is found by: code, name and English name, lower case and without Vietnamese tone and
// vowel marks ("Chi bộ Thôn Đông" → "chi bo thon dong"), so "chi bo thon dong" and "Chi bộ thôn Đông" find the
// same unit. The database keeps it in "Committee"."searchKey" with a trigger made from the same two strings
// (migration 20261202020000_committee_search); tests check that both give the same key.

const LETTERS = ["aàáạảãâầấậẩẫăằắặẳẵ", "eèéẹẻẽêềếệểễ", "iìíịỉĩ", "oòóọỏõôồốộổỗơờớợởỡ", "uùúụủũưừứựửữ", "yỳýỵỷỹ", "dđ"];

function table(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (const group of LETTERS) {
    const base = group[0]!;
    for (const letter of group) {
      for (const variant of new Set([letter, letter.toUpperCase()])) {
        if (variant === base) continue;
        from += variant;
        to += base;
      }
    }
  }
  // The other ASCII capitals: PostgreSQL's lower() depends on the database's locale, translate() does not.
  for (const letter of "bcfghjklmnpqrstvwxz") {
    from += letter.toUpperCase();
    to += letter;
  }
  return { from, to };
}

/** translate()'s two arguments: each character of `from` becomes the character at the same place in `to`. */
export const SEARCH_KEY_TABLE = table();

const MAP = new Map([...SEARCH_KEY_TABLE.from].map((c, i) => [c, SEARCH_KEY_TABLE.to[i]!]));

/** The search form of a text, as the database computes it (after NFC, the form names are stored in). */
export function toSearchKey(text: string): string {
  let key = "";
  for (const c of text.normalize("NFC")) key += MAP.get(c) ?? c;
  return key;
}

/** Results a search returns unless asked for another number (the picker shows as many). */
export const SEARCH_LIMIT = 20;

/** The LIKE patterns of what a user typed: every word must occur somewhere in the key (any order). */
export function searchPatterns(query: string): string[] {
  return toSearchKey(query)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
