// Synthetic units and import rows for the import benchmark and its tests: `count` Party cells added under a
// committee of the demo tree (so their form is a demo cell's form), and a valid year of figures for each
// cell × year, written as a clerk would (Vietnamese numbers).
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import type { ImportRow } from "@/lib/imports/rows";

/** A complete, valid year of a Party cell (the entry form's 18 elements), as typed in Vietnamese. */
export const CELL_YEAR: Record<string, string> = {
  MEMBERS_TOTAL: "45", MEMBERS_ASSESSED: "44", MEMBERS_EXCELLENT: "6", MEMBERS_GOOD: "32", MEMBERS_COMPLETED: "5",
  MEMBERS_NOT_COMPLETED: "1", MEMBERS_ADMITTED: "2", ORGS_ASSESSED: "1", ORGS_EXCELLENT: "0", ORGS_GOOD: "1",
  ORGS_COMPLETED: "0", ORGS_NOT_COMPLETED: "0", ORGS_4GOOD: "1", ORGS_DIGITAL: "1", RECORDS_TOTAL: "1.250",
  RECORDS_ONLINE: "1.100", CADRES_TRAINED: "2", INSPECTIONS: "1",
};

/** Adds `count` cells under `parentCode` (codes `<prefix>-0001`…), with their closure rows; returns the codes. */
export async function addCells(db: Db, parentCode: string, prefix: string, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(5, "0")}`);
  const names = codes.map((c) => `Chi bộ thử nghiệm ${c}`);
  await sqlOf(db).count`
    INSERT INTO "Committee" ("code", "name", "kind", "parentId", "validFrom", "updatedAt")
    SELECT x."code", x."name", 'CELL', p."id", DATE '2020-01-01', now()
    FROM unnest(${codes}::text[], ${names}::text[]) AS x ("code", "name"), "Committee" p WHERE p."code" = ${parentCode}`;
  await sqlOf(db).count`
    INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth")
    SELECT a."ancestorId", c."id", a."depth" + 1 FROM "Committee" c
    JOIN "CommitteeClosure" a ON a."descendantId" = c."parentId"
    WHERE c."code" = ANY(${codes}::text[])
    UNION ALL SELECT c."id", c."id", 0 FROM "Committee" c WHERE c."code" = ANY(${codes}::text[])`;
  return codes;
}

/**
 * Import rows for every cell × year × element of CELL_YEAR (18 per cell-year), numbered from row 2 as in a
 * file. `shift` varies the wholes so that a second run changes values.
 */
export function cellRows(codes: string[], years: number[], shift = 0): ImportRow[] {
  const rows: ImportRow[] = [];
  let row = 2;
  codes.forEach((committeeCode, i) => {
    for (const year of years) {
      for (const [elementCode, typed] of Object.entries(CELL_YEAR)) {
        let value = typed;
        if (elementCode === "MEMBERS_TOTAL") value = String(45 + ((i + year + shift) % 9));
        if (elementCode === "RECORDS_TOTAL") value = String(1250 + ((i * 7 + year + shift) % 500));
        rows.push({ row: row++, committeeCode, elementCode, year: String(year), value, note: "", locale: "vi" });
      }
    }
  });
  return rows;
}
