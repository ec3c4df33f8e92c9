// Account changes, as action specs (see lib/auth/action.ts): administrators manage accounts inside their
// subtree; everyone manages their own password and sessions. Every change is audited; none stores a password.
import type { Db } from "@/lib/db-client";
import { idField, type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { transaction, type Sql } from "@/lib/sql";
import { activationDaysSchema, issueActivationCodes } from "./activation";
import {
  accountIdSchema, changeOwnEmailSchema, changeOwnPasswordSchema, createAccountSchema, resetPasswordSchema, setActiveSchema, updateAccountSchema,
} from "./schema";

const issueCodeSchema = accountIdSchema.extend({ days: activationDaysSchema.default(14) });


/** The scope committee of the account named by the input's `id`, so the caller's scope is checked against it. */
async function targetScope(raw: unknown, db: Db): Promise<number | null> {
  const id = idField(raw, "id");
  if (id === null) return null;
  return (await db.user.findUnique({ where: { id }, select: { scopeCommitteeId: true } }))?.scopeCommitteeId ?? null;
}

/**
 * Refuses a change that would leave no active administrator. The active administrators' rows are locked
 * first, so two administrators disabling each other at the same moment cannot both succeed.
 */
async function keepAnAdministrator(sql: Sql, userId: number) {
  const admins = await sql<{ id: number }>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  if (admins.some((a) => a.id === userId) && admins.length <= 1) throw new AppError("REFUSED", "lastAdmin");
}

export const createAccountSpec = {
  permission: "account.manage",
  scope: async (raw) => [idField(raw, "scopeCommitteeId")],
  schema: createAccountSchema,
  async run(input, { viewer, db }) {
    if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("CONFLICT", "usernameTaken");
    }
    const passwordHash = await hashPassword(input.password);
    return transaction(db, async (tx, sql) => {
      const { password: _password, ...fields } = input;
      const user = await tx.user.create({ data: { ...fields, passwordHash, mustChangePassword: true }, select: { id: true, username: true } });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "account.create", entityType: "User", entityId: user.id,
        committeeId: input.scopeCommitteeId, after: fields,
      });
      return user;
    });
  },
} satisfies ActionSpec<typeof createAccountSchema, { id: number; username: string }>;

export const updateAccountSpec = {
  permission: "account.manage",
  scope: async (raw, db) => [await targetScope(raw, db), idField(raw, "scopeCommitteeId")],
  schema: updateAccountSchema,
  async run(input, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const before = await tx.user.findUniqueOrThrow({
        where: { id: input.id }, select: { displayName: true, role: true, scopeCommitteeId: true, email: true },
      });
      if (before.role === "ADMIN" && input.role !== "ADMIN") {
        if (input.id === viewer.userId) throw new AppError("REFUSED", "ownAccount");
        await keepAnAdministrator(sql, input.id);
      }
      const { id, ...after } = input;
      await tx.user.update({ where: { id }, data: after });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "account.update", entityType: "User", entityId: id,
        committeeId: after.scopeCommitteeId, before, after,
      });
      return { id };
    });
  },
} satisfies ActionSpec<typeof updateAccountSchema, { id: number }>;

export const setAccountActiveSpec = {
  permission: "account.manage",
  scope: async (raw, db) => [await targetScope(raw, db)],
  schema: setActiveSchema,
  async run({ id, active }, { viewer, db }) {
    if (id === viewer.userId && !active) throw new AppError("REFUSED", "ownAccount");
    return transaction(db, async (tx, sql) => {
      if (!active) await keepAnAdministrator(sql, id);
      // Disabling also ends every open session of the account at once.
      const user = await tx.user.update({
        where: { id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
        select: { scopeCommitteeId: true },
      });
      await recordAudit(sql, {
        actorId: viewer.userId, action: active ? "account.enable" : "account.disable", entityType: "User", entityId: id,
        committeeId: user.scopeCommitteeId, after: { active },
      });
      return { id };
    });
  },
} satisfies ActionSpec<typeof setActiveSchema, { id: number }>;

export const resetPasswordSpec = {
  permission: "account.manage",
  scope: async (raw, db) => [await targetScope(raw, db)],
  schema: resetPasswordSchema,
  async run({ id, password }, { viewer, db }) {
    const passwordHash = await hashPassword(password);
    return transaction(db, async (tx, sql) => {
      const user = await tx.user.update({
        where: { id },
        data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, mustChangePassword: true },
        select: { scopeCommitteeId: true },
      });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "account.reset_password", entityType: "User", entityId: id, committeeId: user.scopeCommitteeId,
      });
      return { id };
    });
  },
} satisfies ActionSpec<typeof resetPasswordSchema, { id: number }>;

/**
 * A new one-time activation code for an account in the subtree (a code lost or expired, or a password forgotten
 * where no e-mail reaches anyone): shown once; the account's password stays until the code is used.
 */
export const issueActivationCodeSpec = {
  permission: "account.manage",
  scope: async (raw, db) => [await targetScope(raw, db)],
  schema: issueCodeSchema,
  async run({ id, days }, { viewer, db, now }) {
    const expiresAt = new Date(now.getTime() + days * 86_400_000);
    return transaction(db, async (tx, sql) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { username: true, scopeCommitteeId: true, active: true } });
      if (!user.active) throw new AppError("REFUSED", "accountDisabled");
      const code = (await issueActivationCodes(sql, [id], expiresAt)).get(id)!;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "account.issue_code", entityType: "User", entityId: id, committeeId: user.scopeCommitteeId,
        after: { username: user.username, expiresAt: expiresAt.toISOString() },
      });
      return { id, codes: [code], expiresAt };
    });
  },
} satisfies ActionSpec<typeof issueCodeSchema, { id: number; codes: string[]; expiresAt: Date }>;

export const changeOwnPasswordSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: changeOwnPasswordSchema,
  async run({ currentPassword, newPassword }, { viewer, db }) {
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
    if (!(await verifyPassword(currentPassword, passwordHash))) throw new AppError("REFUSED", "wrongPassword");
    if (newPassword === currentPassword) throw new AppError("REFUSED", "samePassword");
    const newHash = await hashPassword(newPassword);
    await transaction(db, async (tx, sql) => {
      await tx.user.update({
        where: { id: viewer.userId },
        data: { passwordHash: newHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, mustChangePassword: false },
      });
      await recordAudit(sql, { actorId: viewer.userId, action: "account.change_password", entityType: "User", entityId: viewer.userId });
    });
    return { id: viewer.userId };
  },
} satisfies ActionSpec<typeof changeOwnPasswordSchema, { id: number }>;

/**
 * The account's own address for notices by mail: "" stops mail to it. Only the account itself and an
 * administrator (the account form) set it; audited with both addresses.
 */
export const changeOwnEmailSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: changeOwnEmailSchema,
  async run({ email }, { viewer, db }) {
    await transaction(db, async (tx, sql) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true } });
      if (before.email === email) return;
      await tx.user.update({ where: { id: viewer.userId }, data: { email } });
      await recordAudit(sql, { actorId: viewer.userId, action: "account.email", entityType: "User", entityId: viewer.userId, before: { email: before.email }, after: { email } });
    });
    return { id: viewer.userId };
  },
} satisfies ActionSpec<typeof changeOwnEmailSchema, { id: number }>;

export const signOutEverywhereSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: accountIdSchema.partial(),
  async run(_input, { viewer, db }) {
    await transaction(db, async (tx, sql) => {
      await tx.user.update({ where: { id: viewer.userId }, data: { sessionVersion: { increment: 1 } } });
      await recordAudit(sql, { actorId: viewer.userId, action: "auth.sign_out_everywhere", entityType: "User", entityId: viewer.userId });
    });
    return { id: viewer.userId };
  },
} satisfies ActionSpec<ReturnType<typeof accountIdSchema.partial>, { id: number }>;
