// A real installation's start (`npm run setup`): the standard catalogue, the terms named, the root committee and
// the first administrator, without demo data. Each piece is created only when missing, so a second run with the
// same answers changes nothing; a database that already holds data is touched only when asked (`force`).
import { z } from "zod";
import type { Db, Tx } from "@/lib/db-client";
import { rebuildClosure } from "@/lib/committees/closure";
import { newUnitSchema } from "@/lib/committees/restructure/schema";
import { usernameSchema } from "@/lib/accounts/schema";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { issueActivationCodes, NO_PASSWORD } from "@/lib/accounts/activation";
import { recordAudit } from "@/lib/audit/record";
import { overlappingTerm, parseTermYears, termName } from "@/lib/targets/terms";
import { transaction } from "@/lib/sql";
import { DATA_ELEMENTS, FORM_LINES, INDICATORS } from "./catalogue";

/** Creates the catalogue's data elements and indicators whose codes are missing; answers every code's id. */
export async function createCatalogue(tx: Tx) {
  const elementIds = new Map((await tx.dataElement.findMany({ select: { code: true, id: true } })).map((e) => [e.code, e.id]));
  const indicatorIds = new Map((await tx.indicator.findMany({ select: { code: true, id: true } })).map((e) => [e.code, e.id]));
  let created = 0;
  for (const [i, e] of DATA_ELEMENTS.entries()) {
    if (elementIds.has(e.code)) continue;
    const { partOf, form, sumOf, sumSign, sumGroup: _group, carriedFrom, ...fields } = e;
    const row = await tx.dataElement.create({
      data: {
        ...fields, sortOrder: i + 1, partOfId: partOf ? elementIds.get(partOf) : undefined,
        formCode: form?.code, formRow: form?.row, formOrder: form?.order, formIndent: form?.indent ?? 0,
        sumSign: sumOf ? (sumSign ?? 1) : undefined,
      },
    });
    elementIds.set(e.code, row.id);
    created++;
  }
  // A form's identities link elements either way round (a term may come before or after its whole).
  for (const e of DATA_ELEMENTS) {
    const sumOfId = e.sumOf ? elementIds.get(e.sumOf) : undefined;
    const carriedFromId = e.carriedFrom ? elementIds.get(e.carriedFrom) : undefined;
    if (sumOfId || carriedFromId) {
      await tx.dataElement.updateMany({ where: { code: e.code, sumOfId: null, carriedFromId: null }, data: { sumOfId, carriedFromId, sumGroup: e.sumGroup } });
    }
  }
  // The forms' lines that are not criteria (headings, another form's row, organizations counted).
  const lines = new Set((await tx.statFormLine.findMany({ select: { formCode: true, formOrder: true } })).map((l) => `${l.formCode}:${l.formOrder}`));
  for (const l of FORM_LINES) {
    if (lines.has(`${l.form}:${l.order}`)) continue;
    await tx.statFormLine.create({
      data: {
        formCode: l.form, formOrder: l.order, label: l.label, indent: l.indent ?? 0, countKind: l.countKind,
        dataElementId: l.element ? elementIds.get(l.element) : undefined, countIfElementId: l.countIf ? elementIds.get(l.countIf) : undefined,
        sumOfIds: (l.sumOf ?? []).map((code) => elementIds.get(code)!),
      },
    });
  }
  for (const ind of INDICATORS) {
    if (indicatorIds.has(ind.code)) continue;
    const row = await tx.indicator.create({
      data: {
        code: ind.code, nameVi: ind.nameVi, nameEn: ind.nameEn, unitVi: ind.unitVi, unitEn: ind.unitEn, scale: ind.scale,
        terms: {
          create: [
            ...ind.numerator.map((c) => ({ dataElementId: elementIds.get(c)!, role: "NUMERATOR" as const })),
            ...(ind.denominator ?? []).map((c) => ({ dataElementId: elementIds.get(c)!, role: "DENOMINATOR" as const })),
          ],
        },
      },
    });
    indicatorIds.set(ind.code, row.id);
    created++;
  }
  return { elementIds, indicatorIds, created };
}

/** Refused setup: Vietnamese first, then English; nothing was changed. */
export class SetupRefused extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(`${vi}\n${en}`);
  }
}

const termText = z.string().transform((text, ctx) => {
  const years = parseTermYears(text);
  if (!years) {
    ctx.addIssue({ code: "custom", message: `Nhiệm kỳ "${text}" không hợp lệ: viết như 2025-2030. / The term "${text}" is not valid: write it as 2025-2030.` });
    return z.NEVER;
  }
  return years;
});

export const setupSchema = z.object({
  terms: z.array(termText).min(1, "Cần ít nhất một nhiệm kỳ (--term 2025-2030). / Name at least one term (--term 2025-2030)."),
  root: newUnitSchema,
  admin: z.object({ username: usernameSchema, displayName: z.string().trim().min(1).max(200), password: passwordSchema.optional() }),
  /** Instead of a password: a one-time link valid this many hours, with which the administrator sets one. */
  linkHours: z.number().int().min(1).max(24 * 7).optional(),
  force: z.boolean().default(false),
}).refine((v) => v.admin.password !== undefined || v.linkHours !== undefined, { path: ["admin", "password"], message: "noPassword" });
export type SetupInput = z.input<typeof setupSchema>;

const PASSWORD_RULES: Record<string, [string, string]> = {
  tooShort: ["Mật khẩu cần ít nhất 10 ký tự.", "The password needs at least 10 characters."],
  needsLetterAndDigit: ["Mật khẩu cần có cả chữ và số.", "The password needs both letters and digits."],
  tooLong: ["Mật khẩu quá dài (tối đa 200 ký tự).", "The password is too long (at most 200 characters)."],
  usernameFormat: ["Tên đăng nhập chỉ gồm a-z, 0-9, dấu chấm, gạch dưới, gạch ngang (3–64 ký tự).", "A username is 3–64 of a-z, 0-9, dot, underscore, hyphen."],
  noPassword: ["Không có mật khẩu: gõ khi được hỏi, đặt CHITIEU_ADMIN_PASSWORD, hoặc dùng --link.", "No password: type it at the prompt, set CHITIEU_ADMIN_PASSWORD, or use --link."],
  codeFormat: ["Mã đơn vị chỉ gồm chữ in hoa, số và gạch ngang (như AP).", "A unit code is capital letters, digits and hyphens (like AP)."],
};

function parseSetup(raw: SetupInput) {
  const parsed = setupSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const known = PASSWORD_RULES[issue.message];
  if (known) throw new SetupRefused(...known);
  const [vi, en] = issue.message.includes(" / ") ? issue.message.split(" / ") : [`${issue.path.join(".")}: không hợp lệ.`, `${issue.path.join(".")}: ${issue.message}`];
  throw new SetupRefused(vi!, en!);
}

/** A one-time activation code for the administrator (setup's `--link`), and when it stops working. */
export interface SetupActivation {
  username: string;
  code: string;
  expiresAt: Date;
}

export type SetupOutcome =
  | { changed: false; activation?: SetupActivation }
  | { changed: true; catalogue: number; terms: string[]; root: string | null; admin: string | null; activation?: SetupActivation };

export async function setUpInstallation(db: Db, raw: SetupInput, today = new Date()): Promise<SetupOutcome> {
  const input = parseSetup(raw);
  const [existingTerms, root, admin, roots, counts] = await Promise.all([
    db.term.findMany({ select: { id: true, name: true, startYear: true, endYear: true, isCurrent: true } }),
    db.committee.findUnique({ where: { code: input.root.code } }),
    db.user.findUnique({ where: { username: input.admin.username }, select: { id: true, role: true, scopeCommitteeId: true, passwordHash: true } }),
    db.committee.findMany({ where: { parentId: null, validTo: null }, select: { code: true } }),
    Promise.all([db.committee.count(), db.user.count(), db.term.count(), db.dataElement.count(), db.indicator.count()]),
  ]);
  const newTerms = input.terms.filter((t) => !existingTerms.some((e) => e.startYear === t.startYear && e.endYear === t.endYear));
  for (const [i, t] of newTerms.entries()) {
    const clash = overlappingTerm([...existingTerms, ...newTerms.slice(0, i).map((n) => ({ ...n, name: termName(n.startYear, n.endYear) }))], t.startYear, t.endYear);
    if (clash) {
      const name = termName(t.startYear, t.endYear);
      throw new SetupRefused(`Nhiệm kỳ ${name} trùng với nhiệm kỳ ${clash.name}: không thay đổi gì.`, `The term ${name} overlaps the term ${clash.name}: nothing was changed.`);
    }
  }
  if (root && root.parentId !== null) {
    throw new SetupRefused(`Mã ${input.root.code} đã là một đơn vị trực thuộc, không phải cấp ủy cao nhất.`, `The code ${input.root.code} belongs to a unit below another, not a top-level committee.`);
  }
  const otherRoot = roots.find((r) => r.code !== input.root.code);
  if (!root && otherRoot) {
    throw new SetupRefused(`Cơ sở dữ liệu đã có cấp ủy cao nhất ${otherRoot.code}: không thay đổi gì.`, `The database already has the top-level committee ${otherRoot.code}: nothing was changed.`);
  }
  if (admin && (admin.role !== "ADMIN" || (root && admin.scopeCommitteeId !== root.id))) {
    throw new SetupRefused(`Tài khoản ${input.admin.username} đã có và không phải quản trị viên của ${input.root.code}.`, `The account ${input.admin.username} exists and is not an administrator of ${input.root.code}.`);
  }
  const codes = new Set((await db.dataElement.findMany({ select: { code: true } })).map((e) => e.code));
  const indicatorCodes = new Set((await db.indicator.findMany({ select: { code: true } })).map((e) => e.code));
  const catalogueMissing = DATA_ELEMENTS.some((e) => !codes.has(e.code)) || INDICATORS.some((i) => !indicatorCodes.has(i.code));
  const expiresAt = input.linkHours === undefined ? null : new Date(today.getTime() + input.linkHours * 3_600_000);
  if (!catalogueMissing && newTerms.length === 0 && root && admin) {
    // A new link for an administrator who has not set a password yet (the first one expired or was lost); an
    // account with a password keeps it: setup never takes one over.
    if (!expiresAt || admin.passwordHash !== NO_PASSWORD) return { changed: false };
    return transaction(db, async (_tx, sql) => {
      const code = (await issueActivationCodes(sql, [admin.id], expiresAt)).get(admin.id)!;
      return { changed: false, activation: { username: input.admin.username, code, expiresAt } };
    });
  }

  const [committees, users, terms, elements, indicators] = counts;
  if (committees + users + terms + elements + indicators > 0 && !input.force) {
    throw new SetupRefused(
      `Cơ sở dữ liệu đã có dữ liệu (${committees} đơn vị, ${users} tài khoản, ${terms} nhiệm kỳ, ${elements} số liệu): không thay đổi gì. Chạy lại với --force để thêm phần còn thiếu.`,
      `The database already holds data (${committees} units, ${users} accounts, ${terms} terms, ${elements} data elements): nothing was changed. Run again with --force to add what is missing.`,
    );
  }

  // Hashed outside the transaction: bcrypt is slow on purpose.
  const passwordHash = admin ? null : input.admin.password === undefined ? NO_PASSWORD : await hashPassword(input.admin.password);
  const firstYear = Math.min(today.getUTCFullYear(), ...[...existingTerms, ...newTerms].map((t) => t.startYear));
  return transaction(db, async (tx, sql) => {
    const catalogue = await createCatalogue(tx);
    const rootId = root?.id ?? (await tx.committee.create({
      // In force from the first term it tracks (its history's years are loaded afterwards), not from the install year.
      data: { code: input.root.code, name: input.root.name, nameEn: input.root.nameEn || null, kind: input.root.kind, validFrom: new Date(Date.UTC(firstYear, 0, 1)) },
    })).id;
    if (!root) await rebuildClosure(sql);
    const adminId = admin?.id ?? (await tx.user.create({
      data: { username: input.admin.username, displayName: input.admin.displayName, role: "ADMIN", scopeCommitteeId: rootId, passwordHash: passwordHash! },
    })).id;
    // The term holding this year becomes current, unless one already is.
    const year = today.getUTCFullYear();
    let current = existingTerms.some((t) => t.isCurrent);
    const created: string[] = [];
    for (const t of [...newTerms].sort((a, b) => b.startYear - a.startYear)) {
      const name = termName(t.startYear, t.endYear);
      const isCurrent = !current && t.startYear <= year && year <= t.endYear;
      current ||= isCurrent;
      await tx.term.create({ data: { name, startYear: t.startYear, endYear: t.endYear, isCurrent } });
      created.push(name);
    }
    const outcome = { changed: true as const, catalogue: catalogue.created, terms: created.reverse(), root: root ? null : input.root.code, admin: admin ? null : input.admin.username };
    await recordAudit(sql, { actorId: adminId, action: "installation.setup", entityType: "Database", entityId: "setup", committeeId: rootId, after: outcome });
    const link = expiresAt && (!admin || admin.passwordHash === NO_PASSWORD) ? (await issueActivationCodes(sql, [adminId], expiresAt)).get(adminId)! : null;
    return link && expiresAt ? { ...outcome, activation: { username: input.admin.username, code: link, expiresAt } } : outcome;
  });
}
