// Which data elements a committee's yearly form asks for: every element that the targets in force for it need
// (its own resolution's and its ancestors', cascaded from above, for each term containing the year), plus the
// wholes those are parts of and the sibling classification levels, so that every rule of the form
// (part ≤ whole, levels ≤ whole) can be checked on what the form shows; then each element's entry level
// decides who enters it (entryPlan). The form, the import and the export all ask here.
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import type { Sql } from "@/lib/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntryLevel } from "@/lib/generated/prisma/enums";
import type { RuleElement } from "./types";

export interface CatalogueElement extends RuleElement {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  groupCode: string;
  sortOrder: number;
  entryLevel: EntryLevel;
  /** The statistical form that prints it ("1" = Biểu số 1-BTCTW), its row and indent there; null for none. */
  formCode: string | null;
  formRow: string | null;
  formOrder: number | null;
  formIndent: number;
}

/** The form group of a form's criterion (its fields are grouped by form on the entry form). */
export const formGroup = (formCode: string) => `FORM_${formCode}`;

/** Every data element, in form order: groups in the order of their first element, then sortOrder. */
export async function loadCatalogue(sql: Sql): Promise<CatalogueElement[]> {
  // Raw: every save and form reads it, and Prisma's decoding of the rows cost more than the query.
  const rows = await sql<CatalogueElement>`
    SELECT "id", "code", "nameVi", "nameEn", "unitVi", "unitEn", "groupCode", "sortOrder", "valueType"::text AS "valueType",
           "partOfId", "classificationLevel", trim_scale("levelCapPercent")::text AS "levelCapPercent",
           trim_scale("maxYearChangePercent")::text AS "maxYearChangePercent",
           "entryLevel"::text AS "entryLevel", "formCode", "formRow", "formOrder", "formIndent", "sumOfId", "sumSign", "sumGroup", "carriedFromId", "blankIsZero"
    FROM "DataElement" ORDER BY "sortOrder", "id"`;
  // A form's criteria are grouped by form, in the form's row order, after the other groups.
  for (const r of rows) if (r.formCode !== null) r.groupCode = formGroup(r.formCode);
  const groupRank = new Map<string, number>();
  for (const r of rows) if (r.formCode === null && !groupRank.has(r.groupCode)) groupRank.set(r.groupCode, groupRank.size);
  for (const r of [...rows].sort((a, b) => (a.formCode ?? "").localeCompare(b.formCode ?? "", "en", { numeric: true }))) {
    if (!groupRank.has(r.groupCode)) groupRank.set(r.groupCode, groupRank.size);
  }
  const order = (e: CatalogueElement) => e.formOrder ?? e.sortOrder;
  return rows
    .sort((a, b) => groupRank.get(a.groupCode)! - groupRank.get(b.groupCode)! || order(a) - order(b) || a.id - b.id);
}

/** Years that some term covers; figures outside every term have no target to serve. */
export async function termYears(db: Pick<Db, "term">): Promise<{ years: number[]; current: { startYear: number; endYear: number } | null }> {
  const terms = await db.term.findMany({ orderBy: { startYear: "asc" } });
  const years = new Set<number>();
  for (const t of terms) for (let y = t.startYear; y <= t.endYear; y++) years.add(y);
  const current = terms.find((t) => t.isCurrent) ?? terms.at(-1) ?? null;
  return { years: [...years].sort((a, b) => a - b), current: current && { startYear: current.startYear, endYear: current.endYear } };
}

const vietnamYear = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" });

/** The latest year of the current term that is not after `today`'s year in Vietnam (the year being reported). */
export function defaultEntryYear(current: { startYear: number; endYear: number } | null, today: Date): number {
  const year = Number(vietnamYear.format(today));
  if (!current) return year;
  return Math.max(current.startYear, Math.min(year, current.endYear));
}

/** What the targets in force over a committee in a year need, and what decides who enters it. */
export interface FormNeeds {
  /** Elements the targets in force need: its own resolution's and its ancestors' (2025 belongs to two terms). */
  all: number[];
  /** Of those, the ones its own resolution needs. */
  own: number[];
  /** It has units below it that report the year: it does not enter what they enter (LEAF elements). A unit merged
   * into it does not count after it ended: the successor then enters its own members. */
  hasUnitsBelow: boolean;
}

/** A unit (table alias `unit`) reports `year`: begun by its end, and not ended before (see lastReportingYear). */
export const reportsIn = (unit: Prisma.Sql, year: Prisma.Sql) =>
  Prisma.sql`(${unit}."validFrom" <= make_date(${year}, 12, 31) AND (${unit}."validTo" IS NULL OR EXTRACT(YEAR FROM ${unit}."validTo") > ${year}))`;

export async function formNeeds(sql: Sql, committeeId: number, year: number): Promise<FormNeeds> {
  // One statement: every figure save and form asks, and Prisma made four queries of the nested read.
  const [row] = await sql<{ inTerm: boolean; all: number[]; own: number[]; hasUnitsBelow: boolean }>`
    WITH needs AS (
      SELECT DISTINCT it."dataElementId", cc."depth" = 0 AS "own"
      FROM "CommitteeClosure" cc
      JOIN "Resolution" r ON r."committeeId" = cc."ancestorId"
      JOIN "Term" te ON te."id" = r."termId" AND te."startYear" <= ${year}::int AND te."endYear" >= ${year}::int
      JOIN "Target" t ON t."resolutionId" = r."id"
      JOIN "IndicatorTerm" it ON it."indicatorId" = t."indicatorId"
      WHERE cc."descendantId" = ${committeeId}::int
    )
    SELECT EXISTS (SELECT 1 FROM "Term" WHERE "startYear" <= ${year}::int AND "endYear" >= ${year}::int) AS "inTerm",
      ARRAY(SELECT DISTINCT "dataElementId" FROM needs) AS "all",
      ARRAY(SELECT "dataElementId" FROM needs WHERE "own") AS "own",
      EXISTS (
        SELECT 1 FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
        WHERE b."ancestorId" = ${committeeId}::int AND b."depth" > 0 AND ${reportsIn(Prisma.raw(`d`), Prisma.sql`${year}::int`)}
      ) AS "hasUnitsBelow"`;
  if (!row!.inTerm) throw new AppError("NOT_FOUND", "yearOutsideTerms", { year });
  return { all: row!.all, own: row!.own, hasUnitsBelow: row!.hasUnitsBelow };
}

export interface EntryPlan {
  /** What the committee enters, in form order. */
  entered: CatalogueElement[];
  /** Of those, the statistical forms' criteria that no target needs: entered when known, not required to submit. */
  optional: number[];
  /** What its units enter (LEAF elements at a committee with units below): shown read-only as their total. */
  fromUnits: CatalogueElement[];
}

/**
 * Who enters what: the form's elements (formElements) less those entered elsewhere. A LEAF element is entered by
 * units with nothing below them, so a committee above sees its units' total instead of typing a copy of it (which
 * the rollup would count twice); an OWNER element only by the committee whose own resolution needs it, so its
 * units are not asked for the province's staffing cuts. The one rule for the form, the import and the export.
 */
export function entryPlan(catalogue: CatalogueElement[], needs: FormNeeds): EntryPlan {
  const own = new Set(formElements(catalogue, needs.own).map((e) => e.id));
  const needed = new Set(formElements(catalogue, needs.all).map((e) => e.id));
  // Every Party organization that reports the year files the statistical forms, whatever its targets (Hướng dẫn
  // 11-HD/BTCTW); one under no resolution in force has no form at all, as before (imports and exports agree).
  const filesForms = needs.all.length > 0;
  const onForms = new Set(filesForms ? formElements(catalogue, catalogue.filter((e) => e.formCode !== null).map((e) => e.id)).map((e) => e.id) : []);
  const plan: EntryPlan = { entered: [], optional: [], fromUnits: [] };
  for (const e of catalogue) {
    if (!needed.has(e.id) && !onForms.has(e.id)) continue;
    if (e.entryLevel === "LEAF" && needs.hasUnitsBelow) plan.fromUnits.push(e);
    else if (e.entryLevel !== "OWNER" || own.has(e.id)) {
      plan.entered.push(e);
      if (!needed.has(e.id)) plan.optional.push(e.id);
    }
  }
  return plan;
}

/** The form's elements in form order: the required ones, their wholes (transitively) and sibling levels. */
export function formElements(catalogue: CatalogueElement[], required: number[]): CatalogueElement[] {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const chosen = new Set<number>();
  const add = (id: number | null) => {
    while (id !== null && !chosen.has(id) && byId.has(id)) {
      chosen.add(id);
      id = byId.get(id)!.partOfId;
    }
  };
  required.forEach(add);
  for (const e of catalogue) {
    const hasLevelSibling = catalogue.some((s) => chosen.has(s.id) && s.classificationLevel !== null && s.partOfId === e.partOfId);
    if (e.classificationLevel !== null && hasLevelSibling) add(e.id);
  }
  return catalogue.filter((e) => chosen.has(e.id));
}
