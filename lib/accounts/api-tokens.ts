// Administrators create API tokens for a committee of their subtree and revoke them.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { idField, type ActionSpec } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db-client";
import { transaction } from "@/lib/sql";
import { hashToken } from "@/lib/api/token-hash";

/** The lifetimes an administrator chooses from; a token never lives longer than the last. */
export const API_TOKEN_DAYS = [30, 90, 180, 365] as const;
export const API_TOKEN_MAX_DAYS = API_TOKEN_DAYS.at(-1)!;
export const API_TOKEN_DEFAULT_DAYS = 90;

const createSchema = z.object({
  name: z.string().trim().min(1, "required").max(100),
  scopeCommitteeId: idSchema,
  days: z.coerce.number().int().refine((days) => (API_TOKEN_DAYS as readonly number[]).includes(days), "invalid").default(API_TOKEN_DEFAULT_DAYS),
});
const revokeSchema = z.object({ id: idSchema });

/** "ct_" and 43 random base64url characters (256 bits). */
export function newApiToken(): string {
  return `ct_${randomBytes(32).toString("base64url")}`;
}

export const createApiTokenSpec = {
  permission: "account.manage",
  scope: async (raw) => [idField(raw, "scopeCommitteeId")],
  schema: createSchema,
  async run({ name, scopeCommitteeId, days }, { viewer, db }) {
    const token = newApiToken();
    const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
    await transaction(db, async (tx, sql) => {
      const row = await tx.apiToken.create({
        data: { name, scopeCommitteeId, createdById: viewer.userId, prefix: token.slice(0, 10), tokenHash: hashToken(token), expiresAt },
      });
      await recordAudit(sql, { actorId: viewer.userId, action: "api_token.create", entityType: "ApiToken", entityId: row.id, committeeId: scopeCommitteeId, after: { name, prefix: row.prefix, expiresAt: expiresAt.toISOString() } });
    });
    // Shown once: only its hash is kept.
    return { tokens: [token] };
  },
} satisfies ActionSpec<typeof createSchema, { tokens: string[] }>;

async function tokenScope(raw: unknown, db: Db) {
  const id = idField(raw, "id");
  if (id === null) return null;
  return (await db.apiToken.findUnique({ where: { id }, select: { scopeCommitteeId: true } }))?.scopeCommitteeId ?? null;
}

export const revokeApiTokenSpec = {
  permission: "account.manage",
  scope: async (raw, db) => [await tokenScope(raw, db)],
  schema: revokeSchema,
  async run({ id }, { viewer, db }) {
    await transaction(db, async (tx, sql) => {
      const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
      await recordAudit(sql, { actorId: viewer.userId, action: "api_token.revoke", entityType: "ApiToken", entityId: id, committeeId: row.scopeCommitteeId });
    });
    return { id };
  },
} satisfies ActionSpec<typeof revokeSchema, { id: number }>;
