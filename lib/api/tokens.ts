// API tokens: created by an administrator for a scope committee, shown once, stored as a SHA-256 hash,
// revocable, and every use is audited. A token reads as a VIEWER of its scope committee's subtree, for as long as
// it has not expired and its creator could still create it: an active account that may manage accounts, whose
// scope still holds the token's committee (a token never outlives the right that made it).
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { sqlOf, transaction } from "@/lib/sql";
import { can } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/client-ip";
import type { Viewer } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashToken } from "./token-hash";

interface TokenRow { id: number; prefix: string; createdById: number; scopeCommitteeId: number; scopeName: string; creatorRole: Role }

export async function authenticateToken(token: string, request: Request): Promise<Viewer | null> {
  if (!/^ct_[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
  const [row] = await sqlOf(db)<TokenRow>`
    SELECT t."id", t."prefix", t."createdById", t."scopeCommitteeId", c."name" AS "scopeName", u."role" AS "creatorRole"
    FROM "ApiToken" t
    JOIN "User" u ON u."id" = t."createdById"
    JOIN "Committee" c ON c."id" = t."scopeCommitteeId"
    WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL AND t."expiresAt" > now() AND u."active"
      AND EXISTS (SELECT 1 FROM "CommitteeClosure" cc WHERE cc."ancestorId" = u."scopeCommitteeId" AND cc."descendantId" = t."scopeCommitteeId")`;
  if (!row || !can(row.creatorRole, "account.manage")) return null;
  await transaction(db, async (tx, sql) => {
    await tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    await recordAudit(sql, {
      actorId: row.createdById, action: "api_token.use", entityType: "ApiToken", entityId: row.id,
      committeeId: row.scopeCommitteeId, after: { path: new URL(request.url).pathname }, ip: clientIp(request.headers),
    });
  });
  return {
    userId: row.createdById, username: `token:${row.prefix}`, displayName: `API ${row.prefix}`, role: "VIEWER",
    scopeCommitteeId: row.scopeCommitteeId, scopeCommitteeName: row.scopeName, locale: "vi", totpEnabled: false,
  };
}
