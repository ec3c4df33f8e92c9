// Pure: an audit event as one sentence a person can read, in Vietnamese or English: "Nhập tệp good.csv: 10 số
// liệu mới, 3 sửa, 0 xóa ở 2 tổ chức, năm 2026". Element and committee names come from the page's lookups.
import { GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messageTranslator, type Translate } from "@/lib/i18n/translator";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";

type Json = Record<string, unknown> | null;

export interface AuditFacts {
  action: string;
  entityId: string;
  before: Json;
  after: Json;
}

export interface AuditNames {
  /** Data element id → name. */
  elements: Record<string, string>;
  /** Committee id → name, for ids an event refers to (a new parent, a successor). */
  committees: Record<string, string>;
}

type Params = Record<string, string | number>;

const OPERATIONS = ["move", "merge", "split", "rename", "dissolve"];
const text = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

/** The message values of each action, from its before and after. */
function paramsOf(e: AuditFacts, locale: Locale, names: AuditNames, t: Translate): Params {
  const b = e.before ?? {};
  const a = e.after ?? {};
  const [, second, third] = e.entityId.split(":");
  const figure = (side: Json) => {
    if (!side || side.value === null || side.value === undefined) return t("empty");
    const value = formatNumber(Number(side.value), locale, 4);
    return side.note ? t("withNote", { value, note: String(side.note) }) : value;
  };
  const committee = (id: unknown) => (id === null || id === undefined ? "—" : (names.committees[String(id)] ?? `#${String(id)}`));
  const date = (d: unknown) => (typeof d === "string" && /^\d{4}-\d{2}-\d{2}/.test(d) ? formatDate(new Date(`${d.slice(0, 10)}T00:00:00Z`), locale) : text(d));
  const years = (y: unknown) => (Array.isArray(y) && y.length === 2 ? (y[0] === y[1] ? String(y[0]) : `${y[0]}–${y[1]}`) : text(y));
  const op = a.operation as Record<string, unknown> | undefined;
  const kind = (k: unknown) => (typeof k === "string" && (COMMITTEE_KINDS as readonly string[]).includes(k) ? messageTranslator(locale, "committeeKind")(k) : text(k));
  // Biểu 5's type of grassroots, when the event records one (edits before it existed do not).
  const grassroots = (v: Record<string, unknown>) => !("grassrootsType" in v) ? ""
    : `, ${typeof v.grassrootsType === "string" && (GRASSROOTS_TYPES as readonly string[]).includes(v.grassrootsType)
      ? messageTranslator(locale, "grassrootsType")(v.grassrootsType) : messageTranslator(locale, "committees.unitForm")("grassrootsTypeNone").toLowerCase()}`;
  switch (e.action as AuditAction) {
    case "figure.create": case "figure.update": case "figure.delete":
      return { element: names.elements[second ?? ""] ?? text(second), year: text(third), before: figure(e.before), after: figure(e.after) };
    case "figure.submit": case "figure.approve": case "figure.return": case "figure.unlock":
      return { year: text(a.year ?? second), comment: text(a.comment) };
    case "figure.import":
      return {
        file: text(a.source), created: Number(a.created ?? 0), updated: Number(a.updated ?? 0), deleted: Number(a.deleted ?? 0),
        committees: Number(a.committees ?? 0), years: years(a.years), overwritten: Array.isArray(a.overwritten) ? a.overwritten.length : 0,
        unlocked: Array.isArray(a.unlocked) ? a.unlocked.length : 0,
      };
    case "resolution.create": case "resolution.update":
      return { title: text(a.title ?? b.title) };
    case "resolution.reassign":
      return { committee: committee(a.committeeId), date: date(a.effectiveFrom) };
    case "target.create": case "target.update": case "target.delete":
      return { title: text(a.titleVi ?? b.titleVi), titleEn: text(a.titleEn ?? b.titleEn ?? a.titleVi ?? b.titleVi) };
    case "target.amend":
      return { title: text(a.titleVi ?? b.titleVi), titleEn: text(a.titleEn ?? b.titleEn ?? a.titleVi), from: text(a.effectiveFrom), reason: text(a.reason) };
    case "target.move":
      return { before: text(b.position), after: text(a.position) };
    case "target.cascade":
      return { value: text(a.targetValue), before: text(b.targetValue) };
    case "target.uncascade":
      return {};
    case "report.details":
      return { number: text(a.number), signer: text(a.signerName) };
    case "committee.create":
      return { name: text(a.name), code: `${text(a.code)}${typeof a.grassrootsType === "string" ? grassroots(a) : ""}`, parent: committee(a.parentId), date: date(a.effectiveFrom) };
    case "committee.import":
      return {
        file: text(a.source), date: date(a.effectiveFrom), created: Number(a.created ?? 0), moved: Number(a.moved ?? 0),
        renamed: Number(a.renamed ?? 0), corrected: Number(a.corrected ?? 0), ended: Number(a.ended ?? 0),
      };
    case "committee.update":
      return { before: `${text(b.code)}, ${kind(b.kind)}${grassroots(b)}`, after: `${text(a.code)}, ${kind(a.kind)}${grassroots(a)}` };
    case "committee.move":
      return { parent: committee(a.parentId), before: committee(b.parentId), date: date(a.effectiveFrom) };
    case "committee.merge": case "committee.split":
      return { successor: committee(a.successorId), date: date(a.validTo) };
    case "committee.rename":
      return { before: text(b.name), after: text(a.name), date: date(a.effectiveFrom) };
    case "committee.dissolve":
      return { date: date(a.validTo) };
    case "restructure.move": case "restructure.merge": case "restructure.split": case "restructure.rename": case "restructure.dissolve":
      return { units: Number(a.units ?? 0), accounts: Number(a.accounts ?? 0), date: date(op?.effectiveFrom) };
    case "restructure.schedule": case "restructure.cancel":
      return { operation: OPERATIONS.includes(String(op?.op)) ? t(`operations.${String(op?.op)}`) : "—", date: date(a.effectiveFrom) };
    case "restructure.schedule_failed":
      return { reason: text(a.reason) };
    case "account.create": case "account.update":
      return { username: text(a.username ?? b.username ?? `#${e.entityId}`), role: text(a.role) };
    case "account.import": {
      // The codes themselves are never recorded; the roles read as their names.
      const order = ["ADMIN", "EDITOR", "APPROVER", "VIEWER"];
      const roles = Object.entries((a.roles ?? {}) as Record<string, number>).sort(([x], [y]) => order.indexOf(x) - order.indexOf(y)).map(([r, n]) => `${n} ${messageTranslator(locale, "roles")(r).toLowerCase()}`);
      return { file: text(a.source), created: Number(a.created ?? 0), committees: Number(a.committees ?? 0), roles: roles.join(", ") || "—", expires: date(a.expiresAt) };
    }
    case "account.issue_code":
      return { username: text(a.username), expires: date(a.expiresAt) };
    case "resolution.import":
      return { file: text(a.source), title: text(a.title), targets: Number(a.targets ?? 0) };
    case "account.enable": case "account.disable": case "account.reset_password":
      return { id: e.entityId };
    case "account.email":
      return { before: text(b.email), after: text(a.email) };
    case "account.scopeFollowsSuccessor":
      return { committee: committee(a.scopeCommitteeId), before: committee(b.scopeCommitteeId), date: date(a.effectiveFrom) };
    case "api_token.create":
      return { name: text(a.name), prefix: text(a.prefix) };
    case "api_token.use":
      return { path: text(a.path) };
    case "term.create": case "term.set_current":
      return { name: text(a.name) };
    case "term.update":
      return { before: text(b.name), after: text(a.name) };
    case "term.delete":
      return { name: text(b.name) };
    case "installation.setup":
      return { root: text(a.root ?? "—"), admin: text(a.admin ?? "—"), terms: Array.isArray(a.terms) && a.terms.length ? a.terms.map(String).join(", ") : "—" };
    case "element.create": case "indicator.create":
      return { name: text(locale === "en" ? (a.nameEn ?? a.nameVi) : a.nameVi), code: text(a.code) };
    case "element.retire": case "element.restore":
      return { code: text(a.code) };
    case "element.delete":
      return { code: text(b.code) };
    case "calendar.set": case "calendar.remove":
      return { year: text(a.year ?? b.year), opensOn: date(a.opensOn ?? b.opensOn), entryDeadline: date(a.entryDeadline ?? b.entryDeadline),
        approvalDeadline: date(a.approvalDeadline ?? b.approvalDeadline) };
    case "extension.grant": case "extension.revoke":
      return { year: text(a.year ?? b.year), until: date(a.until ?? b.until), reason: text(a.reason ?? b.reason) };
    case "setting.require_totp_for_admins":
      return { required: a.required ? "yes" : "no" };
    case "setting.approve_after_units":
      return { on: a.on ? "yes" : "no" };
    case "auth.sign_in_failed":
      return { reason: text(a.reason) };
    case "auth.recovery_code_used":
      return { left: Number(a.left ?? 0) };
    default:
      return {};
  }
}

/** The event as a sentence; an action this build does not know reads as its code, never as raw data. */
export function auditSentence(event: AuditFacts, locale: Locale, names: AuditNames): string {
  const t = messageTranslator(locale, "audit.sentences");
  if (!(AUDIT_ACTIONS as readonly string[]).includes(event.action)) return t("unknown", { action: event.action });
  return t(event.action, paramsOf(event, locale, names, t));
}

/** Committee ids an event's before and after refer to, for the page to look up their names. */
export function referencedCommittees(event: AuditFacts): number[] {
  const ids: number[] = [];
  for (const side of [event.before, event.after]) {
    for (const key of ["parentId", "successorId", "scopeCommitteeId", "committeeId"]) {
      const v = side?.[key];
      if (typeof v === "number" && Number.isSafeInteger(v)) ids.push(v);
    }
  }
  return ids;
}
