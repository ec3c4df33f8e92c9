// zod schemas of the figure actions and the rules of a year's figures. The rules are built from the catalogue
// (DataElement.partOf, classificationLevel, levelCapPercent), never from element codes, because the
// classification rules changed during a term (132-QĐ/TW, 124-QĐ/TW, 366-QĐ/TW). Pure: the form runs the
// same rules in the browser before the server runs them again.
import { z } from "zod";
import { idSchema, versionSchema } from "@/lib/ids";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { fromScaled, parseFigureInput, toScaled } from "./number";
import type { FieldMessage, RuleElement } from "./types";

const id = idSchema;
export const yearSchema = z.coerce.number().int().min(1930).max(2100);

export const figureFieldSchema = z.object({
  elementId: id,
  /** What the clerk typed, as typed. */
  value: z.string().max(40),
  /** The version read with the form; 0 = there was no figure. */
  version: versionSchema,
  note: z.string().trim().max(1000).default(""),
});

export const saveFiguresSchema = z.object({
  committeeId: id,
  year: yearSchema,
  /** The language the numbers were typed in (decimal comma or point). */
  locale: z.enum(LOCALES).default("vi"),
  fields: z.array(figureFieldSchema).max(500)
    .refine((fields) => new Set(fields.map((f) => f.elementId)).size === fields.length, "duplicateElement"),
});
export type SaveFiguresInput = z.output<typeof saveFiguresSchema>;

/** A workflow step names the FigureYear version it saw, so it never acts on a year that changed meanwhile. */
export const reviewYearSchema = z.object({ committeeId: id, year: yearSchema, version: versionSchema });
export const returnYearSchema = reviewYearSchema.extend({ comment: z.string().trim().min(1, "commentRequired").max(1000) });
export const unlockYearSchema = reviewYearSchema.extend({ reason: z.string().trim().min(1, "reasonRequired").max(1000) });

export interface YearRules {
  /** The whole catalogue: rules may link a field of the form to an element it does not show. */
  catalogue: RuleElement[];
  /** Elements on the form; all are required to submit but the optional ones. */
  shown: number[];
  /** Shown but not required (the statistical forms' criteria no target needs). */
  optional?: number[];
  locale: Locale;
  submit: boolean;
}

export interface CheckedYear {
  values: Map<number, string | null>;
  notes: Map<number, string>;
}

const WARNING = "warning";

/**
 * Checks a year's typed values: format and type per field, then part ≤ whole, the classification levels of a
 * whole never above it, and (a warning a note overrides) level 1 within levelCapPercent of level 2.
 */
export function figureYearSchema(rules: YearRules) {
  const byId = new Map(rules.catalogue.map((e) => [e.id, e]));
  const shown = new Set(rules.shown);
  const optional = new Set(rules.optional ?? []);
  const levels = levelsByWhole(rules.catalogue);
  return z
    // `others`: stored values of elements not on the form, which the rules still see. They are input, not
    // rules, so one schema serves every committee-year with the same form (an import checks thousands).
    // `previous`: the unit's stored values of the year before, which the check against last year compares with.
    // `lastYear`: last year's stored values of the elements a value is carried from (A = last year's D).
    .object({
      values: z.record(z.string(), z.string()), notes: z.record(z.string(), z.string()),
      others: z.record(z.string(), z.string()).default({}), lastYear: z.record(z.string(), z.string()).default({}),
      previous: z.record(z.string(), z.string()).default({}),
    })
    .transform((input, ctx): CheckedYear => {
      const issue = (elementId: number, message: FieldMessage, warning = false) =>
        ctx.addIssue({ code: "custom", path: ["values", String(elementId)], message: message.key,
          params: { ...message.params, ...(warning ? { severity: WARNING } : {}) } });
      const values = new Map<number, string | null>();
      const scaled = new Map<number, bigint>();
      for (const [elementId, value] of Object.entries(input.others)) scaled.set(Number(elementId), toScaled(value));
      for (const elementId of rules.shown) {
        const element = byId.get(elementId);
        if (!element) continue;
        const parsed = parseFigureInput(input.values[String(elementId)] ?? "", rules.locale);
        if (!parsed.ok) {
          issue(elementId, { key: parsed.key });
          continue;
        }
        values.set(elementId, parsed.value);
        if (parsed.value === null) {
          if (rules.submit && !optional.has(elementId) && !element.blankIsZero) issue(elementId, { key: "required" });
          continue;
        }
        const v = toScaled(parsed.value);
        if (element.valueType === "COUNT" && v % toScaled("1") !== 0n) issue(elementId, { key: "notWhole" });
        else if (element.valueType === "PERCENT" && v > toScaled("100")) issue(elementId, { key: "percentRange" });
        else scaled.set(elementId, v);
      }
      checkWholes(rules.catalogue, shown, scaled, issue);
      checkSums(rules.catalogue, shown, scaled, issue);
      checkCarried(rules.catalogue, shown, scaled, input.lastYear, issue);
      checkLevels(byId, levels, shown, scaled, input.notes, issue);
      checkYearChange(rules.catalogue, shown, scaled, input.previous, input.notes, issue);
      const notes = new Map<number, string>();
      for (const [elementId, note] of Object.entries(input.notes)) if (note.trim()) notes.set(Number(elementId), note.trim());
      return { values, notes };
    });
}

/**
 * The elements whose values the rules read when `shown` are on the form: each one, its whole, its parts and its
 * whole's parts (the classification levels beside it). An import reads only these stored figures for the others.
 */
export function ruleReach(catalogue: RuleElement[], shown: Iterable<number>): Set<number> {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const parts = new Map<number, number[]>();
  for (const e of catalogue) if (e.partOfId !== null) parts.set(e.partOfId, [...(parts.get(e.partOfId) ?? []), e.id]);
  const terms = new Map<number, number[]>();
  for (const e of catalogue) if (e.sumOfId !== null) terms.set(e.sumOfId, [...(terms.get(e.sumOfId) ?? []), e.id]);
  const reach = new Set<number>();
  for (const id of shown) {
    const whole = byId.get(id)?.partOfId ?? null;
    for (const r of [id, ...(parts.get(id) ?? []), ...(whole === null ? [] : [whole, ...(parts.get(whole) ?? [])])]) reach.add(r);
    // An identity reads its total and every term of it.
    const total = byId.get(id)?.sumOfId ?? null;
    for (const r of [...(terms.get(id) ?? []), ...(total === null ? [] : [total, ...(terms.get(total) ?? [])])]) reach.add(r);
  }
  return reach;
}

/** The elements whose last-year values the rules of `shown` read (A is checked against last year's D). */
export function carriedReach(catalogue: RuleElement[], shown: Iterable<number>): number[] {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  return [...new Set([...shown].flatMap((id) => byId.get(id)?.carriedFromId ?? []))];
}

type Issue = (elementId: number, message: FieldMessage, warning?: boolean) => void;


/** A part never exceeds its whole; the message goes to whichever of the two the form shows (the part first). */
function checkWholes(catalogue: RuleElement[], shown: Set<number>, scaled: Map<number, bigint>, issue: Issue) {
  for (const part of catalogue) {
    if (part.partOfId === null) continue;
    const p = scaled.get(part.id);
    const w = scaled.get(part.partOfId);
    if (p === undefined || w === undefined || p <= w) continue;
    if (shown.has(part.id)) issue(part.id, { key: "partAboveWhole", params: { whole: part.partOfId, value: fromScaled(w) } });
    else if (shown.has(part.partOfId)) issue(part.partOfId, { key: "wholeBelowPart", params: { other: part.id, value: fromScaled(p) } });
  }
}

/**
 * A form's identities: a total equals Σ sign × term (B = 1 + 2 + 3; D = A + B − C), checked once the total and
 * every term have a value. The message goes to the total when the form shows it, else to its last term shown.
 * A total broken down several ways (Biểu 2's occupations, ages, schooling of Biểu 1's admissions) is checked once
 * per breakdown, and the message goes to the breakdown's last row shown: that is where the rows fail to add up.
 * A breakdown of rows most units leave empty (blankIsZero: Biểu 4's ethnic groups) is checked once any row of it
 * has a value, the empty ones read as 0.
 */
function checkSums(catalogue: RuleElement[], shown: Set<number>, scaled: Map<number, bigint>, issue: Issue) {
  const groups = new Map<string, { totalId: number; grouped: boolean; terms: RuleElement[] }>();
  for (const e of catalogue) {
    if (e.sumOfId === null) continue;
    const key = `${e.sumOfId}:${e.sumGroup ?? ""}`;
    const group = groups.get(key) ?? { totalId: e.sumOfId, grouped: !!e.sumGroup, terms: [] };
    group.terms.push(e);
    groups.set(key, group);
  }
  for (const { totalId, grouped, terms: list } of groups.values()) {
    const total = scaled.get(totalId);
    const missing = list.filter((t) => !scaled.has(t.id));
    // A long breakdown's empty rows (Biểu 4's ethnic groups) are 0 once one of its rows is entered; a breakdown
    // not begun is not checked, as any other.
    const sparse = missing.length < list.length && missing.every((t) => t.blankIsZero);
    if (total === undefined || (missing.length > 0 && !sparse)) continue;
    const sum = list.reduce((s, t) => s + BigInt(t.sumSign ?? 1) * (scaled.get(t.id) ?? 0n), 0n);
    if (sum === total) continue;
    const params = { sum: fromScaled(sum), value: fromScaled(total) };
    // A long breakdown's message goes to its last row entered, beside what was typed, not to an empty row far below.
    const last = [...list].reverse().find((t) => shown.has(t.id) && (!sparse || scaled.has(t.id)));
    if (grouped && last) issue(last.id, { key: "groupMismatch", params: { ...params, whole: totalId } });
    else if (shown.has(totalId)) issue(totalId, { key: "sumMismatch", params });
    else if (last) issue(last.id, { key: "termsMismatch", params: { ...params, whole: totalId } });
  }
}

/** A value carried from last year (Biểu 1's A = last year's D) equals last year's stored value when there is one. */
function checkCarried(catalogue: RuleElement[], shown: Set<number>, scaled: Map<number, bigint>, lastYear: Record<string, string>, issue: Issue) {
  for (const e of catalogue) {
    if (e.carriedFromId === null || !shown.has(e.id)) continue;
    const value = scaled.get(e.id);
    const before = lastYear[String(e.carriedFromId)];
    if (value === undefined || before === undefined || value === toScaled(before)) continue;
    issue(e.id, { key: "carriedMismatch", params: { other: e.carriedFromId, value: fromScaled(toScaled(before)) } });
  }
}

/** The mutually exclusive classification levels of each whole (its parts with a level). */
function levelsByWhole(catalogue: RuleElement[]): Map<number, RuleElement[]> {
  const levels = new Map<number, RuleElement[]>();
  for (const e of catalogue) {
    if (e.partOfId === null || e.classificationLevel === null) continue;
    levels.set(e.partOfId, [...(levels.get(e.partOfId) ?? []), e]);
  }
  for (const list of levels.values()) list.sort((a, b) => a.classificationLevel! - b.classificationLevel!);
  return levels;
}

function checkLevels(
  byId: Map<number, RuleElement>, levelsOfWholes: Map<number, RuleElement[]>, shown: Set<number>, scaled: Map<number, bigint>, notes: Record<string, string>, issue: Issue,
) {
  for (const [wholeId, levels] of levelsOfWholes) {
    const present = levels.filter((l) => scaled.has(l.id));
    const w = scaled.get(wholeId);
    const sum = present.reduce((s, l) => s + scaled.get(l.id)!, 0n);
    // Reported on the last level entered: the sum only goes over once that one is typed.
    const last = [...present].reverse().find((l) => shown.has(l.id));
    if (w !== undefined && present.length > 1 && sum > w && last) {
      issue(last.id, { key: "levelsAboveWhole", params: { whole: wholeId, sum: fromScaled(sum), value: fromScaled(w) } });
    }
    const cap = byId.get(wholeId)?.levelCapPercent;
    const [first, second] = levels;
    if (!cap || !first || !second || first.classificationLevel !== 1 || second.classificationLevel !== 2) continue;
    const top = scaled.get(first.id);
    const next = scaled.get(second.id);
    if (top === undefined || next === undefined || !shown.has(first.id)) continue;
    // top ≤ cap% × next, in integers: top × 100 ≤ cap × next (cap scaled like the values).
    if (top * toScaled("100") > toScaled(cap) * next && !notes[String(first.id)]?.trim()) {
      const exact = (toScaled(cap) * next) / toScaled("100");
      // A count allows whole people only: 20% of 39 members is at most 7, not 7.8.
      const limit = first.valueType === "COUNT" ? exact - (exact % toScaled("1")) : exact;
      issue(first.id, { key: "levelCap", params: { other: second.id, cap: fromScaled(toScaled(cap)), limit: fromScaled(limit) } }, true);
    }
  }
}

/**
 * Checks against past years: a value further from the unit's value of the year before than its element allows
 * (maxYearChangePercent, e.g. members at year end ±20%) asks for an explanation, like the 20% rule. A year before
 * without a value, or with 0, gives no basis and is not checked.
 */
function checkYearChange(catalogue: RuleElement[], shown: Set<number>, scaled: Map<number, bigint>, previous: Record<string, string>, notes: Record<string, string>, issue: Issue) {
  for (const e of catalogue) {
    const max = e.maxYearChangePercent;
    const before = previous[String(e.id)];
    const now = scaled.get(e.id);
    if (!max || before === undefined || now === undefined || !shown.has(e.id) || notes[String(e.id)]?.trim()) continue;
    const p = toScaled(before);
    if (p === 0n) continue;
    const diff = now > p ? now - p : p - now;
    const base = p < 0n ? -p : p;
    // |now − before| × 100 > max × |before|, in integers (max scaled like the values).
    if (diff * toScaled("100") <= toScaled(max) * base) continue;
    const tenths = (diff * 1000n + base / 2n) / base; // the change in tenths of a per cent, rounded
    issue(e.id, { key: "yearChange", params: { previous: fromScaled(p), change: `${tenths / 10n}.${tenths % 10n}`, max: fromScaled(toScaled(max)) } }, true);
  }
}

/** Splits a failed check into blocking errors and warnings (overridable with a note), one message per field. */
export function collectMessages(error: z.ZodError): { errors: Record<string, FieldMessage>; warnings: Record<string, FieldMessage> } {
  const errors: Record<string, FieldMessage> = {};
  const warnings: Record<string, FieldMessage> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[1] ?? "_");
    const raw = (issue as { params?: Record<string, string | number> }).params ?? {};
    const { severity, ...params } = raw;
    const message = { key: issue.message, ...(Object.keys(params).length ? { params } : {}) };
    if (severity === WARNING) warnings[field] ??= message;
    else errors[field] ??= message;
  }
  for (const field of Object.keys(errors)) delete warnings[field];
  return { errors, warnings };
}
