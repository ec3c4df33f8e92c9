// Section 1b: the committee fields of a national or provincial account. A field lists a small scope whole and
// searches a large one (lib/committees/search.ts); this times the search as a user types, and the field's
// set-up on a page (getCommitteeChoices), for the root and the largest province.
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import { pickCommittees } from "./sql";
import { timeRuns, type Summary } from "./lib/stats";

export interface SearchRow {
  scope: string;
  units: number;
  query: string;
  results: number;
  latency: Summary;
}

export interface SearchResult {
  runs: number;
  rows: SearchRow[];
  /** getCommitteeChoices per scope: what each page with a committee field pays. */
  choices: { scope: string; units: number; search: boolean; latency: Summary }[];
}

/** What a clerk types: a common prefix (most units match), a numbered cell, a code, and a word that matches nothing. */
const QUERIES = (code: string) => ["chi bo", "chi bo 12", "dang bo 3", code, "khong co don vi nay"];

export async function benchSearch(db: Db, runs: number): Promise<SearchResult> {
  const { searchCommittees, getCommitteeChoices } = await import("@/lib/committees/search");
  const picks = (await pickCommittees(db)).filter((p) => p.label === "root" || p.label === "province");
  const rows: SearchRow[] = [];
  const choices: SearchResult["choices"] = [];
  for (const pick of picks) {
    // A unit three levels down, found by its code.
    const [deep] = await sqlOf(db)<{ code: string }>`
      SELECT c."code" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
      WHERE cc."ancestorId" = ${pick.id}::int AND cc."depth" = 3 ORDER BY c."id" DESC LIMIT 1`;
    for (const query of QUERIES(deep?.code ?? "x")) {
      const results = (await searchCommittees(pick.id, query, 21)).length;
      rows.push({ scope: pick.label, units: pick.units, query, results, latency: await timeRuns(runs, () => searchCommittees(pick.id, query, 21)) });
    }
    // getCommitteeChoices is cached per request (React cache) only inside a render; here each call reads.
    const search = (await getCommitteeChoices(pick.id, pick.id)).search;
    choices.push({ scope: pick.label, units: pick.units, search, latency: await timeRuns(runs, () => getCommitteeChoices(pick.id, pick.id)) });
  }
  return { runs, rows, choices };
}
