// Accounts from a file (CSV or XLSX: username, display_name, role, committee_code, optionally email; never
// passwords): checked whole, every bad row reported with its column, then created all together or not at all, each
// with a one-time activation code (lib/accounts/activation.ts) handed back once, for the importer to give out; one
// audit event without the codes.
// Only an administrator creates accounts, and only in their own subtree.
import type { Db } from "@/lib/db-client";
import type { Viewer } from "@/lib/auth/account";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { transaction, sqlOf } from "@/lib/sql";
import { messageTranslator } from "@/lib/i18n/translator";
import { LOCALES } from "@/lib/i18n/locales";
import { CONTENT_TYPES, type FileFormat } from "@/lib/imports/files";
import type { Locale } from "@/lib/i18n/locales";
import { readColumns, writeCsv, writeXlsxSheets, type FileIssue, type Sheet } from "@/lib/imports/table";
import { issueActivationCodes, NO_PASSWORD } from "./activation";
import { emailSchema, ROLES, usernameSchema } from "./schema";

export const ACCOUNT_COLUMNS = ["username", "display_name", "role", "committee_code"] as const;
/** Columns a file may leave out: the account's e-mail address, for notices by mail where SMTP is configured. */
export const OPTIONAL_ACCOUNT_COLUMNS = ["email"] as const;
const KNOWN_COLUMNS = [...ACCOUNT_COLUMNS, ...OPTIONAL_ACCOUNT_COLUMNS] as const;
export const CODE_COLUMNS = ["username", "display_name", "role", "committee_code", "committee_name", "activation_code", "expires_at"] as const;
/** Accounts one file may create (a province's ~3,000 units with a few accounts each fit in two files). */
export const MAX_ACCOUNT_ROWS = 5000;

type Role = (typeof ROLES)[number];

/** A role as the file writes it: its code, or its name in either language ("Cán bộ nhập liệu", "Editor"). */
function roleOf(text: string): Role | null {
  const wanted = text.trim().toLowerCase();
  for (const role of ROLES) {
    if (role.toLowerCase() === wanted) return role;
    if (LOCALES.some((l) => messageTranslator(l, "roles")(role).toLowerCase() === wanted)) return role;
  }
  return null;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  committeeCode: string;
  committeeName: string;
  email: string | null;
  /** The one-time code; null on a dry run. */
  code: string | null;
}

export interface AccountImportReport {
  dryRun: boolean;
  rows: number;
  errors: FileIssue[];
  accounts: NewAccount[];
  expiresAt: Date;
}

export interface AccountImportOptions {
  actor: Pick<Viewer, "userId" | "role" | "scopeCommitteeId">;
  dryRun: boolean;
  /** Days the codes stay valid. */
  days: number;
  now: Date;
  source: string;
}

export async function importAccounts(db: Db, sheet: Sheet, options: AccountImportOptions): Promise<AccountImportReport> {
  const { actor, now } = options;
  if (!can(actor.role, "account.manage")) throw new AppError("FORBIDDEN");
  const expiresAt = new Date(now.getTime() + options.days * 86_400_000);
  const errors: FileIssue[] = [];
  const report = (accounts: NewAccount[]): AccountImportReport => ({ dryRun: options.dryRun, rows: sheet.rows.length, errors, accounts, expiresAt });

  const { index, unknown } = readColumns(sheet.header, KNOWN_COLUMNS);
  for (const u of unknown) errors.push({ row: 1, column: u.column, key: "unknownColumn", values: { column: u.column, known: KNOWN_COLUMNS.join(", ") } });
  for (const c of ACCOUNT_COLUMNS) if (index[c] === undefined) errors.push({ row: 1, column: c, key: "missingColumn", values: { column: c } });
  if (errors.length) return report([]);
  if (sheet.rows.length === 0) return { ...report([]), errors: [{ row: 0, column: "", key: "noRows" }] };
  if (sheet.rows.length > MAX_ACCOUNT_ROWS) return { ...report([]), errors: [{ row: 0, column: "", key: "tooManyRows", values: { max: MAX_ACCOUNT_ROWS } }] };

  const cell = (r: Sheet["rows"][number], c: (typeof KNOWN_COLUMNS)[number]) => (index[c] === undefined ? "" : (r.cells[index[c]]?.text.trim() ?? ""));
  const codes = [...new Set(sheet.rows.map((r) => cell(r, "committee_code").toUpperCase()).filter(Boolean))];
  const names = [...new Set(sheet.rows.map((r) => cell(r, "username").toLowerCase()).filter(Boolean))];
  const [committees, taken] = await Promise.all([
    sqlOf(db)<{ id: number; code: string; name: string; ended: boolean; inScope: boolean }>`
      SELECT c."id", c."code", c."name", (c."validTo" IS NOT NULL AND c."validTo" <= ${now}) AS "ended",
             EXISTS (SELECT 1 FROM "CommitteeClosure" cc WHERE cc."ancestorId" = ${actor.scopeCommitteeId}::int AND cc."descendantId" = c."id") AS "inScope"
      FROM "Committee" c WHERE upper(c."code") = ANY(${codes}::text[])`,
    db.user.findMany({ where: { username: { in: names } }, select: { username: true } }),
  ]);
  const byCode = new Map(committees.map((c) => [c.code.toUpperCase(), c]));
  const existing = new Set(taken.map((u) => u.username));
  const firstRow = new Map<string, number>();
  const accounts: (NewAccount & { committeeId: number })[] = [];

  for (const r of sheet.rows) {
    const issues: FileIssue[] = [];
    const issue = (column: string, key: string, values?: FileIssue["values"]) => issues.push({ row: r.row, column, key, values });
    const username = usernameSchema.safeParse(cell(r, "username"));
    if (!username.success) issue("username", cell(r, "username") ? "usernameFormat" : "required");
    else if (firstRow.has(username.data)) issue("username", "duplicateInFile", { username: username.data, row: firstRow.get(username.data)! });
    else if (existing.has(username.data)) issue("username", "usernameTaken", { username: username.data });
    if (username.success && !firstRow.has(username.data)) firstRow.set(username.data, r.row);
    const displayName = cell(r, "display_name");
    if (!displayName) issue("display_name", "required");
    else if (displayName.length > 200) issue("display_name", "tooLong", { max: 200 });
    const roleText = cell(r, "role");
    const role = roleOf(roleText);
    if (!role) issue("role", roleText ? "unknownRole" : "required", { role: roleText, known: ROLES.join(", ") });
    const code = cell(r, "committee_code");
    const committee = byCode.get(code.toUpperCase());
    // A committee outside the importer's subtree reads as unknown to them, as every other read does.
    if (!code) issue("committee_code", "required");
    else if (!committee) issue("committee_code", "unknownCommittee", { code });
    else if (!committee.inScope) issue("committee_code", "outsideScope", { code });
    else if (committee.ended) issue("committee_code", "committeeEnded", { code });
    const email = emailSchema.safeParse(cell(r, "email"));
    if (!email.success) issue("email", "emailInvalid", { email: cell(r, "email") });
    if (issues.length) errors.push(...issues);
    else accounts.push({ username: username.data!, displayName, role: role!, committeeCode: committee!.code, committeeName: committee!.name, committeeId: committee!.id, email: email.data!, code: null });
  }
  const plain = (list: typeof accounts): NewAccount[] => list.map(({ committeeId: _id, ...a }) => a);
  if (errors.length || options.dryRun) return report(errors.length ? [] : plain(accounts));

  const created = await transaction(db, async (tx, sql) => {
    const rows = await sql<{ id: number; username: string }>`
      INSERT INTO "User" ("username", "displayName", "passwordHash", "role", "scopeCommitteeId", "email", "mustChangePassword", "updatedAt")
      SELECT u, d, ${NO_PASSWORD}, r::"Role", c, e, true, now()
      FROM unnest(${accounts.map((a) => a.username)}::text[], ${accounts.map((a) => a.displayName)}::text[],
                  ${accounts.map((a) => a.role)}::text[], ${accounts.map((a) => a.committeeId)}::int[],
                  ${accounts.map((a) => a.email)}::text[]) AS x(u, d, r, c, e)
      ON CONFLICT ("username") DO NOTHING
      RETURNING "id", "username"`;
    // A name taken since the check (another import, a form): nothing of this file is kept.
    if (rows.length !== accounts.length) throw new AppError("CONFLICT", "usernameTaken");
    const ids = new Map(rows.map((x) => [x.username, x.id]));
    const codes = await issueActivationCodes(sql, rows.map((x) => x.id), expiresAt);
    const roles: Record<string, number> = {};
    for (const a of accounts) roles[a.role] = (roles[a.role] ?? 0) + 1;
    await recordAudit(sql, {
      actorId: actor.userId, action: "account.import", entityType: "User", entityId: options.source.slice(0, 200),
      committeeId: actor.scopeCommitteeId,
      after: { source: options.source.slice(0, 200), created: accounts.length, committees: new Set(accounts.map((a) => a.committeeId)).size, roles, expiresAt: expiresAt.toISOString() },
    });
    void tx;
    return accounts.map((a) => ({ ...a, code: codes.get(ids.get(a.username)!)! }));
  });
  return report(plain(created));
}

/** The file of codes to hand out: one row per new account. */
export function codeSheetRows(report: AccountImportReport): (string | null)[][] {
  const expires = report.expiresAt.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  return report.accounts.map((a) => [a.username, a.displayName, a.role, a.committeeCode, a.committeeName, a.code, expires]);
}

/** The file of codes (CSV in the language's way, or XLSX), named by when it was made. */
export async function codesFile(report: AccountImportReport, format: FileFormat, locale: Locale, stamp: string) {
  const sheet = { name: locale === "vi" ? "Ma kich hoat" : "Activation codes", header: CODE_COLUMNS, rows: codeSheetRows(report) };
  const bytes = format === "xlsx" ? await writeXlsxSheets([sheet]) : writeCsv(sheet, locale);
  return { name: `ma-kich-hoat-${stamp}.${format}`, type: CONTENT_TYPES[format], bytes };
}

