// Finding committees by what a user types, within their scope: the committee picker and GET /api/v1/committees/search.
import "server-only";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { sql } from "@/lib/db";
import { SEARCH_LIMIT, searchPatterns } from "./search-key";
import { buildTree, committeeOptions } from "./tree";

export interface CommitteeMatch {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  /** Levels below the scope committee (0: the scope committee itself). */
  depth: number;
  /** The names of its parent and grandparent inside the scope, nearest first: "Chi bộ 1" is common. */
  parents: string[];
}

/**
 * Matches a search considers at most before ordering them: "chi bo" matches 250,000 of the country's units, and
 * ordering all of them by level costs more than the user waits. The table is scanned in insertion order, which
 * puts the units of higher levels (created first) among the first matches.
 */
const CANDIDATES = 1_000;

/**
 * Units in force in the scope whose code or names contain every word typed (any order, marks and case ignored),
 * nearest the scope first; an empty query gives the scope committee and the levels under it.
 */
export async function searchCommittees(scopeCommitteeId: number, query: string, limit = SEARCH_LIMIT): Promise<CommitteeMatch[]> {
  const patterns = searchPatterns(query);
  return sql<CommitteeMatch>`
    SELECT m."id", m."code", m."name", m."nameEn", m."kind", m."depth",
      ARRAY(SELECT p."name" FROM "CommitteeClosure" x JOIN "Committee" p ON p."id" = x."ancestorId"
            WHERE x."descendantId" = m."id" AND x."depth" BETWEEN 1 AND least(2, m."depth") ORDER BY x."depth") AS "parents"
    FROM (
      SELECT d."id", d."code", d."name", d."nameEn", d."kind"::text AS "kind", cc."depth"
      FROM "Committee" d JOIN "CommitteeClosure" cc ON cc."descendantId" = d."id" AND cc."ancestorId" = ${scopeCommitteeId}::int
      WHERE d."validTo" IS NULL AND d."searchKey" LIKE ALL (${patterns}::text[])
      LIMIT ${CANDIDATES}::int
    ) m
    ORDER BY (lower(m."code") = lower(${query.trim()}::text)) DESC, m."depth", m."code"
    LIMIT ${limit}::int`;
}

export interface CommitteeChoices {
  /** The whole scope in tree order when it is small; otherwise only the units asked for (to label them). */
  options: { value: string; label: string; name: string }[];
  /** True when the scope is too large to list: the field searches as the user types. */
  search: boolean;
}

/**
 * What a committee field offers: the scope's units in force as an indented list up to COMMITTEE_LIST_MAX units
 * (a district, an agencies' committee), a search above it (a province of 3,000 units, the country). Reads at most
 * one unit more than the list holds, so a national scope costs as little as a small one.
 */
export const getCommitteeChoices = cache(async (scopeCommitteeId: number, ...selected: number[]): Promise<CommitteeChoices> => {
  const max = getEnv().COMMITTEE_LIST_MAX;
  const rows = await sql<{ id: number; parentId: number | null; code: string; name: string; kind: string }>`
    SELECT d."id", d."parentId", d."code", d."name", d."kind"::text AS "kind"
    FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId" AND d."validTo" IS NULL
    WHERE cc."ancestorId" = ${scopeCommitteeId}::int
    LIMIT ${max + 1}::int`;
  if (rows.length <= max) {
    return { options: committeeOptions(buildTree(rows, scopeCommitteeId)), search: false };
  }
  const wanted = selected.filter((id) => Number.isSafeInteger(id) && id > 0);
  const labelled = wanted.length === 0 ? [] : await sql<{ id: number; name: string }>`
    SELECT d."id", d."name" FROM "Committee" d
    JOIN "CommitteeClosure" cc ON cc."descendantId" = d."id" AND cc."ancestorId" = ${scopeCommitteeId}::int
    WHERE d."id" = ANY (${wanted}::int[])`;
  return { options: labelled.map((r) => ({ value: String(r.id), label: r.name, name: r.name })), search: true };
});
