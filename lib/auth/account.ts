// The signed-in account as every request reads it: one plain-SQL round trip (through Prisma's query compiler it
// cost several times the query itself), with the scope check of an action's committees folded in.
import type { Role } from "@/lib/generated/prisma/enums";
import { REQUIRE_TOTP_FOR_ADMINS } from "@/lib/settings";
import type { Sql } from "@/lib/sql";

export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scopeCommitteeId: number;
  scopeCommitteeName: string;
  locale: string;
  totpEnabled: boolean;
  /** An administrator set the password: the account changes it before anything else. */
  mustChangePassword?: boolean;
}

export interface SessionAccount {
  viewer: Viewer;
  /** Whether administrators must use two-step verification (read with the account: every page asks). */
  totpRequired: boolean;
  /** Those of the committees asked about that lie in the viewer's scope. */
  inScope: ReadonlySet<number>;
}

interface AccountRow {
  id: number; username: string; displayName: string; role: Role; active: boolean; sessionVersion: number; locale: string;
  totpEnabled: boolean; mustChangePassword: boolean; scopeCommitteeId: number; scopeName: string; totpRequired: boolean; inScope: number[]; ended: boolean;
}

/**
 * The account of a session's claims (`uid`; `sv`, its session version; `sid`, the session's id), or null when it is
 * disabled, its sessions were ended (a password change, "sign out everywhere" bump the version) or this session was
 * (signing out). A session without an id (from before sessions had one) is ended too.
 */
export async function readSessionAccountRow(sql: Sql, session: { uid: number; sv: unknown; sid: unknown }, committeeIds: number[]): Promise<SessionAccount | null> {
  if (typeof session.sid !== "string") return null;
  const [user] = await sql<AccountRow>`
    SELECT u."id", u."username", u."displayName", u."role", u."active", u."sessionVersion", u."locale", u."totpEnabled", u."mustChangePassword",
           u."scopeCommitteeId", c."name" AS "scopeName",
           coalesce((SELECT s."value" = 'true'::jsonb FROM "AppSetting" s WHERE s."key" = ${REQUIRE_TOTP_FOR_ADMINS}), false) AS "totpRequired",
           ARRAY(SELECT cc."descendantId" FROM "CommitteeClosure" cc
                 WHERE cc."ancestorId" = u."scopeCommitteeId" AND cc."descendantId" = ANY(${committeeIds}::int[])) AS "inScope",
           EXISTS (SELECT 1 FROM "EndedSession" e WHERE e."sid" = ${session.sid}) AS "ended"
    FROM "User" u JOIN "Committee" c ON c."id" = u."scopeCommitteeId"
    WHERE u."id" = ${session.uid}::int`;
  if (!user || !user.active || user.sessionVersion !== session.sv || user.ended) return null;
  return {
    viewer: {
      userId: user.id, username: user.username, displayName: user.displayName, role: user.role,
      scopeCommitteeId: user.scopeCommitteeId, scopeCommitteeName: user.scopeName, locale: user.locale,
      totpEnabled: user.totpEnabled, mustChangePassword: user.mustChangePassword,
    },
    totpRequired: user.totpRequired,
    inScope: new Set(user.inScope),
  };
}
