// Reads behind the entry form, the review queue and completeness. Every read names the viewer's scope.
import "server-only";
import { deadlineInForce, deadlineKey, deadlinesInForce } from "@/lib/calendar/queries";
import { entryClosedSince, entryClosedValues, entryDeadlineOf, entryNotOpenValues, entryOpensOn, vietnamDate } from "./write-rules";
import { formatDate } from "@/lib/i18n/format";
import { cache } from "react";
import { z } from "zod";
import { db, sql } from "@/lib/db";
import { inScope, isInScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";
import { idParamSchema } from "@/lib/committees/schema";
import type { Locale } from "@/lib/i18n/locales";
import { getCompleteness } from "./completeness";
import { type CatalogueElement, defaultEntryYear, entryPlan, formNeeds, loadCatalogue, termYears } from "./elements";
import { headingsBefore, loadFormLines } from "@/lib/forms/lines";
import { countLeafUnits, readUnitTotals } from "./unit-totals";
import { normalizeFigure } from "./number";
import { yearSchema } from "./schema";
import type { EntryField, FormElement, RuleElement, YearStatus } from "./types";

export const getTermYears = cache(() => termYears(db));

/** The committee if it lies in the viewer's subtree, else null (another subtree's id finds nothing). */
export const findScopedCommittee = cache(async (scopeCommitteeId: number, committeeId: number) =>
  db.committee.findFirst({
    where: { id: committeeId, ...inScope(scopeCommitteeId) },
    select: { id: true, code: true, name: true, nameEn: true, kind: true, _count: { select: { children: true } } },
  }),
);

/**
 * A committee's own entered figures for a year and its rolled-up subtree totals with completeness, optionally for
 * one data element (GET /api/v1/figures); null when the committee is not in the scope.
 */
export async function getCommitteeFigures(scopeCommitteeId: number, committeeId: number, year: number, elementCode?: string) {
  const committee = await db.committee.findFirst({ where: { id: committeeId, ...inScope(scopeCommitteeId) }, select: { id: true, code: true, name: true } });
  if (!committee) return null;
  const element = elementCode ? { code: elementCode } : undefined;
  const [figures, rollups] = await Promise.all([
    db.figure.findMany({
      where: { committeeId, year, dataElement: element },
      select: { value: true, status: true, version: true, updatedAt: true, dataElement: { select: { code: true } } },
      orderBy: { dataElement: { sortOrder: "asc" } },
    }),
    // The view: a unit with nothing below it has no stored rows, its figures are its totals (lib/figures/rollup.ts).
    sql<{ element: string; value: string; unitCount: number; submittedCount: number; computedAt: Date }>`
      SELECT de."code" AS "element", r."value"::text AS "value", r."unitCount", r."submittedCount", r."computedAt"
      FROM "CommitteeRollup" r JOIN "DataElement" de ON de."id" = r."dataElementId"
      WHERE r."committeeId" = ${committeeId}::int AND r."year" = ${year}::int AND (${elementCode ?? null}::text IS NULL OR de."code" = ${elementCode ?? null}::text)
      ORDER BY de."sortOrder", de."id"`,
  ]);
  return {
    committee,
    year,
    figures: figures.map((f) => ({ element: f.dataElement.code, value: Number(f.value), status: f.status, version: f.version, updatedAt: f.updatedAt })),
    rollups: rollups.map((r) => ({ ...r, value: Number(r.value) })),
  };
}

export interface EntryForm {
  status: YearStatus;
  yearVersion: number | null;
  returnComment: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  elements: FormElement[];
  fields: Record<string, EntryField>;
  catalogue: RuleElement[];
  /** Shown but not required to submit (the statistical forms' criteria no target needs). */
  optional: number[];
  /** Last year's values this year's carried values must equal (Biểu 1's A = last year's D). */
  carried: Record<string, string>;
  /** Stored figures of elements the form does not show, which its rules still see. */
  others: Record<string, string>;
  /** Names of every data element, for messages that name another element. */
  names: Record<string, string>;
  /** What the units below enter (LEAF elements at a committee with units below): their total, read-only. */
  fromUnits: { element: FormElement; value: string | null; submitted: number; expected: number }[];
  /** What the units below reported of the elements the committee enters itself (warned against a copy of it). */
  below: Record<string, string>;
  /** The entry deadline in force (extension counted), as shown; `closed`: the message values once it has passed;
   * `notOpen`: the message values before the calendar's opening date. */
  deadline: { last: string; closed: Record<string, string> | null; notOpen: Record<string, string> | null } | null;
}

export async function getEntryForm(viewer: Viewer, committeeId: number, year: number, locale: Locale, now = new Date()): Promise<EntryForm> {
  const committee = inScope(viewer.scopeCommitteeId);
  const catalogue = await loadCatalogue(sql);
  const [needs, figures, previous, row, inForce, lines] = await Promise.all([
    formNeeds(sql, committeeId, year),
    db.figure.findMany({ where: { committeeId, year, committee } }),
    db.figure.findMany({ where: { committeeId, year: year - 1, committee }, select: { dataElementId: true, value: true } }),
    db.figureYear.findFirst({
      where: { committeeId, year, committee },
      include: { submittedBy: { select: { displayName: true } }, reviewedBy: { select: { displayName: true } } },
    }),
    deadlineInForce(sql, committeeId, year),
    loadFormLines(sql),
  ]);
  const plan = entryPlan(catalogue, needs);
  const headings = new Map([...headingsBefore(plan.entered, lines), ...headingsBefore(plan.fromUnits, lines)]);
  const last = entryDeadlineOf(inForce);
  const closed = entryClosedSince(inForce, vietnamDate(now));
  const opens = entryOpensOn(inForce, vietnamDate(now));
  const shown = plan.entered;
  const shownIds = new Set(shown.map((e) => e.id));
  const [totals, expected] = needs.hasUnitsBelow
    ? await Promise.all([readUnitTotals(sql, [[committeeId, year]], [...shownIds, ...plan.fromUnits.map((e) => e.id)]), countLeafUnits(sql, committeeId, year)])
    : [new Map(), 0];
  const unitTotals = totals.get(`${committeeId}:${year}`) ?? new Map();
  const formElement = (e: CatalogueElement): FormElement => ({
    id: e.id, code: e.code, groupCode: e.groupCode, valueType: e.valueType, partOfId: e.partOfId,
    classificationLevel: e.classificationLevel, levelCapPercent: e.levelCapPercent,
    sumOfId: e.sumOfId, sumSign: e.sumSign, carriedFromId: e.carriedFromId, indent: e.formIndent, blankIsZero: e.blankIsZero,
    // A form's criterion reads as the form prints it, numbering included ("1. Kết nạp").
    name: locale === "en" ? e.nameEn : (e.formRow ?? e.nameVi), unit: locale === "en" ? e.unitEn : e.unitVi,
    ...(headings.has(e.id) ? { headings: headings.get(e.id) } : {}),
  });
  const fields: Record<string, EntryField> = {};
  for (const e of shown) {
    const f = figures.find((x) => x.dataElementId === e.id);
    const last = previous.find((x) => x.dataElementId === e.id);
    fields[String(e.id)] = {
      value: f ? normalizeFigure(f.value.toString()) : null, version: f?.version ?? 0, note: f?.note ?? "",
      lastYear: last ? normalizeFigure(last.value.toString()) : null,
    };
  }
  return {
    status: row?.status ?? "NOT_STARTED", yearVersion: row?.version ?? null, returnComment: row?.returnComment ?? null,
    submittedBy: row?.submittedBy?.displayName ?? null, submittedAt: row?.submittedAt ?? null,
    reviewedBy: row?.reviewedBy?.displayName ?? null, reviewedAt: row?.reviewedAt ?? null,
    elements: shown.map(formElement),
    fromUnits: plan.fromUnits.map((e) => {
      const total = unitTotals.get(e.id);
      return { element: formElement(e), value: total?.value ?? null, submitted: total?.submitted ?? 0, expected };
    }),
    below: Object.fromEntries(shown.flatMap((e) => (unitTotals.has(e.id) ? [[String(e.id), unitTotals.get(e.id)!.value]] : []))),
    fields,
    catalogue: catalogue.map(({ id, valueType, partOfId, classificationLevel, levelCapPercent, maxYearChangePercent, sumOfId, sumSign, sumGroup, carriedFromId, blankIsZero }) =>
      ({ id, valueType, partOfId, classificationLevel, levelCapPercent, maxYearChangePercent, sumOfId, sumSign, sumGroup, carriedFromId, blankIsZero })),
    optional: plan.optional,
    carried: Object.fromEntries(previous.filter((f) => catalogue.some((e) => e.carriedFromId === f.dataElementId))
      .map((f) => [String(f.dataElementId), normalizeFigure(f.value.toString())])),
    names: Object.fromEntries(catalogue.map((e) => [String(e.id), locale === "en" ? e.nameEn : e.nameVi])),
    others: Object.fromEntries(figures.filter((f) => !shownIds.has(f.dataElementId)).map((f) => [String(f.dataElementId), normalizeFigure(f.value.toString())])),
    deadline: last === null ? null : {
      last: formatDate(new Date(`${last}T00:00:00Z`), locale), closed: closed === null ? null : entryClosedValues(inForce!, closed, locale),
      notOpen: opens === null ? null : entryNotOpenValues(opens, year, locale),
    },
  };
}

export interface HistoryEvent {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  /** The data element of a figure event; null for a workflow step. */
  dataElementId: number | null;
  before: { value?: string | null; note?: string | null; status?: string } | null;
  after: { value?: string | null; note?: string | null; status?: string; comment?: string } | null;
}

/** The audit trail of one committee-year, newest first; nothing for a committee outside the viewer's scope. */
export async function getYearHistory(viewer: Viewer, committeeId: number, year: number): Promise<HistoryEvent[]> {
  // AuditEvent has no relation to Committee (it outlives what it records), so the scope is checked first.
  if (!(await isInScope(sql, viewer.scopeCommitteeId, committeeId))) return [];
  const events = await db.auditEvent.findMany({
    where: { committeeId, entityType: { in: ["Figure", "FigureYear"] }, entityId: { endsWith: `:${year}` } },
    orderBy: { id: "desc" },
    take: 500,
    include: { actor: { select: { displayName: true } } },
  });
  return events
    .filter((e) => e.entityId.startsWith(`${committeeId}:`))
    .map((e) => ({
      id: e.id.toString(), at: e.at, action: e.action, actor: e.actor?.displayName ?? null,
      dataElementId: e.entityType === "Figure" ? Number(e.entityId.split(":")[1]) : null,
      before: e.before as HistoryEvent["before"], after: e.after as HistoryEvent["after"],
    }));
}

/** Committee-years submitted and waiting for approval in the approver's subtree, oldest first. */
/** Submitted years awaiting approval, the nearest approval deadline first (those without a calendar last). */
export async function getReviewQueue(viewer: Viewer, year?: number) {
  const items = await db.figureYear.findMany({
    where: { status: "SUBMITTED", committee: inScope(viewer.scopeCommitteeId), ...(year ? { year } : {}) },
    include: {
      committee: { select: { id: true, code: true, name: true, nameEn: true, kind: true, parent: { select: { name: true, nameEn: true } } } },
      submittedBy: { select: { displayName: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { committeeId: "asc" }],
  });
  const deadlines = await deadlinesInForce(sql, items.map((i) => [i.committeeId, i.year] as const));
  const due = (i: (typeof items)[number]) => deadlines.get(deadlineKey(i.committeeId, i.year))?.approvalDeadline ?? "9999-12-31";
  // A stable sort: equal deadlines keep the oldest submission first.
  return items.map((i) => ({ ...i, approvalDeadline: due(i) === "9999-12-31" ? null : due(i) })).sort((a, b) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0));
}

export type ReviewItem = Awaited<ReturnType<typeof getReviewQueue>>[number];

/** Completeness of a committee's subtree for a year; null when the committee is not in the viewer's scope. */
export async function getScopedCompleteness(viewer: Viewer, committeeId: number, year: number) {
  if (!(await findScopedCommittee(viewer.scopeCommitteeId, committeeId))) return null;
  return getCompleteness(sql, committeeId, year);
}

const entryParamsSchema = z.object({
  committee: idParamSchema.optional(),
  year: yearSchema.optional(),
});

/**
 * The committee and year a figures page shows, from its URL: by default the viewer's scope committee and the
 * latest year of the current term that is not in the future. Null (→ not found) for a committee outside the
 * scope, a malformed parameter or a year outside every term.
 */
export async function resolveEntryTarget(viewer: Viewer, params: Record<string, string | string[] | undefined>) {
  const parsed = entryParamsSchema.safeParse({ committee: params.committee || undefined, year: params.year || undefined });
  if (!parsed.success) return null;
  const { years, current } = await getTermYears();
  const year = parsed.data.year ?? defaultEntryYear(current, new Date());
  if (!years.includes(year)) return null;
  const committee = await findScopedCommittee(viewer.scopeCommitteeId, parsed.data.committee ?? viewer.scopeCommitteeId);
  return committee && { committee, year, years };
}

/** Every data element's name in the locale, for pages that show figures by element id (the audit trail). */
export const getElementNames = cache(async (locale: Locale): Promise<Record<string, string>> => {
  const rows = await db.dataElement.findMany({ select: { id: true, nameVi: true, nameEn: true } });
  return Object.fromEntries(rows.map((r) => [String(r.id), locale === "en" ? r.nameEn : r.nameVi]));
});
