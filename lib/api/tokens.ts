// API tokens: created by an administrator for a scope committee, shown once, stored as a SHA-256 hash,
// revocable, and every use is audited. A token reads as a VIEWER of its scope committee's subtree.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/sql";
import { clientIp } from "@/lib/auth/client-ip";
import type { Viewer } from "@/lib/auth/session";
import { hashToken } from "./token-hash";

export async function authenticateToken(token: string, request: Request): Promise<Viewer | null> {
  if (!/^ct_[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, prefix: true, revokedAt: true, createdById: true, scopeCommitteeId: true, scopeCommittee: { select: { name: true } } },
  });
  if (!row || row.revokedAt) return null;
  await transaction(db, async (tx, sql) => {
    await tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    await recordAudit(sql, {
      actorId: row.createdById, action: "api_token.use", entityType: "ApiToken", entityId: row.id,
      committeeId: row.scopeCommitteeId, after: { path: new URL(request.url).pathname }, ip: clientIp(request.headers),
    });
  });
  return {
    userId: row.createdById, username: `token:${row.prefix}`, displayName: `API ${row.prefix}`, role: "VIEWER",
    scopeCommitteeId: row.scopeCommitteeId, scopeCommitteeName: row.scopeCommittee.name, locale: "vi", totpEnabled: false,
  };
}
