// zod schemas of the resolution and target forms, and the rules a target must keep. Pure: the target form runs
// checkTarget in the browser as the user types, and the server runs it again with the term and indicator it
// reads itself, so a message is the same in both places.
import { z } from "zod";
import { idSchema, versionSchema } from "@/lib/ids";
import { parseFigureInput } from "@/lib/figures/number";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const id = idSchema;
const optionalId = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), id.nullable());
const year = z.coerce.number().int().min(1930, "targets.yearRange").max(2100, "targets.yearRange");
const optionalYear = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), year.nullable());
const text = (max: number) => z.string().trim().max(max, "targets.tooLongText");

export const TARGET_KINDS = ["ANNUAL_RATE", "TERM_CUMULATIVE", "LEVEL_BY_DEADLINE", "QUALITATIVE"] as const;
export const TARGET_CATEGORIES = ["TARGET", "KEY_TASK", "BREAKTHROUGH"] as const;
export const COMPARATORS = ["GTE", "LTE"] as const;

const termYearsRule: [(t: { startYear: number; endYear: number }) => boolean, { path: string[]; message: string }] = [
  (t) => t.endYear > t.startYear && t.endYear - t.startYear <= 10, { path: ["endYear"], message: "targets.termYears" }];

export const termSchema = z.object({
  startYear: year,
  endYear: year,
  isCurrent: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
}).refine(...termYearsRule);

export const updateTermSchema = z.object({ id, startYear: year, endYear: year }).refine(...termYearsRule);
export const deleteTermSchema = z.object({ id });

export const setCurrentTermSchema = z.object({ id });

export const resolutionSchema = z.object({
  committeeId: id,
  termId: id,
  title: text(500).min(1, "required"),
  number: text(50),
  adoptedOn: z.preprocess((v) => (v === "" ? null : v), z.iso.date("targets.invalidDate").nullable()),
});

/** The target form's fields as posted. Numbers arrive as typed ("12,5" in Vietnamese). */
export const targetFieldsSchema = z.object({
  resolutionId: id,
  category: z.enum(TARGET_CATEGORIES),
  kind: z.enum(TARGET_KINDS),
  indicatorId: optionalId,
  comparator: z.enum(COMPARATORS).default("GTE"),
  targetValue: z.string().max(40).default(""),
  baselineValue: z.string().max(40).default(""),
  baselineYear: optionalYear,
  deadlineYear: optionalYear,
  titleVi: text(500).default(""),
  titleEn: text(500).default(""),
  locale: z.enum(LOCALES).default("vi"),
});
export type TargetFields = z.output<typeof targetFieldsSchema>;

export const updateTargetSchema = targetFieldsSchema.extend({ id, version: versionSchema });
export const amendTargetSchema = updateTargetSchema.extend({
  effectiveFrom: year,
  reference: text(300).min(1, "required"),
  reason: text(1000).min(1, "required"),
});
export const moveTargetSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const deleteTargetSchema = z.object({ id, version: versionSchema });

/** One unit's share of a cascaded target ("" leaves the unit without a plan of its own). */
export const cascadeSchema = z.object({
  parentTargetId: id,
  locale: z.enum(LOCALES).default("vi"),
  shares: z.array(z.object({ committeeId: id, value: z.string().max(40) })).min(1).max(1000)
    .refine((s) => new Set(s.map((x) => x.committeeId)).size === s.length, "targets.duplicateUnit"),
});

export interface TargetRuleContext {
  term: { startYear: number; endYear: number };
  /** The chosen indicator; isRate when it has a denominator (its value is a % of a whole). */
  indicator: { isRate: boolean } | null;
}

export interface TargetIssue {
  field: string;
  /** Key under `targetErrors`. */
  key: string;
  values?: Record<string, string | number>;
}

/** A target's values, parsed: what the database stores, or the issues that refuse it. */
export interface CheckedTarget {
  targetValue: string | null;
  baselineValue: string | null;
  baselineYear: number | null;
  deadlineYear: number | null;
  indicatorId: number | null;
  comparator: "GTE" | "LTE";
}

export function parseAmount(text: string, locale: Locale): { ok: true; value: string | null } | { ok: false; key: string } {
  const parsed = parseFigureInput(text, locale);
  return parsed.ok ? parsed : { ok: false, key: parsed.key };
}

/**
 * The rules of DESIGN.md's target kinds: a rate above 100% is refused, a deadline must fall inside the term,
 * a cumulative plan must be more than 0 (a plan of 0 is "not set", which the engine cannot measure) and count
 * an amount, not a rate; a ≤ comparator is allowed for every quantitative kind.
 */
export function checkTarget(fields: TargetFields, context: TargetRuleContext): { issues: TargetIssue[]; value: CheckedTarget } {
  const issues: TargetIssue[] = [];
  const { term, indicator } = context;
  const quantitative = fields.kind !== "QUALITATIVE";
  const value: CheckedTarget = {
    targetValue: null, baselineValue: null, baselineYear: null, deadlineYear: null, indicatorId: null, comparator: fields.comparator,
  };
  if (!quantitative) {
    // The English wording is optional (English pages fall back to the Vietnamese, marked).
    if (!fields.titleVi) issues.push({ field: "titleVi", key: "titleRequired" });
    value.comparator = "GTE";
    return { issues, value };
  }
  if (fields.indicatorId === null || !indicator) issues.push({ field: "indicatorId", key: "indicatorRequired" });
  else value.indicatorId = fields.indicatorId;

  const target = parseAmount(fields.targetValue, fields.locale);
  if (!target.ok) issues.push({ field: "targetValue", key: target.key });
  else if (target.value === null) issues.push({ field: "targetValue", key: "valueRequired" });
  else {
    value.targetValue = target.value;
    const n = Number(target.value);
    if (indicator?.isRate && n > 100) issues.push({ field: "targetValue", key: "rateAbove100" });
    if (fields.kind === "TERM_CUMULATIVE" && n === 0) issues.push({ field: "targetValue", key: "cumulativeZero" });
  }
  if (fields.kind === "TERM_CUMULATIVE" && indicator?.isRate) issues.push({ field: "indicatorId", key: "cumulativeNeedsAmount" });

  if (fields.kind === "LEVEL_BY_DEADLINE") {
    const deadline = fields.deadlineYear ?? term.endYear;
    if (deadline < term.startYear || deadline > term.endYear) {
      issues.push({ field: "deadlineYear", key: "deadlineOutsideTerm", values: { start: term.startYear, end: term.endYear } });
    }
    value.deadlineYear = fields.deadlineYear;
    const baseline = parseAmount(fields.baselineValue, fields.locale);
    if (!baseline.ok) issues.push({ field: "baselineValue", key: baseline.key });
    else {
      value.baselineValue = baseline.value;
      if (baseline.value !== null && indicator?.isRate && Number(baseline.value) > 100) issues.push({ field: "baselineValue", key: "rateAbove100" });
      if ((baseline.value === null) !== (fields.baselineYear === null)) {
        issues.push({ field: baseline.value === null ? "baselineValue" : "baselineYear", key: "baselinePair" });
      }
    }
    if (fields.baselineYear !== null) {
      value.baselineYear = fields.baselineYear;
      if (fields.baselineYear < term.startYear - 1 || fields.baselineYear >= deadline) {
        issues.push({ field: "baselineYear", key: "baselineYearRange", values: { from: term.startYear - 1, to: deadline - 1 } });
      }
    }
  } else if (fields.deadlineYear !== null) {
    // Only a level target has a deadline of its own; others run to the term's end.
    issues.push({ field: "deadlineYear", key: "deadlineNotApplicable" });
  }
  return { issues, value };
}
