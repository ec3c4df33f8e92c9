// An account's inbox: its own notices only, and only of committees still in its scope (an account moved to another
// subtree no longer reads of the old one).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Sql } from "@/lib/sql";

export interface Notice {
  id: number;
  kind: NotificationKind;
  committeeId: number;
  committeeCode: string;
  committeeName: string;
  committeeNameEn: string | null;
  year: number;
  comment: string | null;
  /** "YYYY-MM-DD": the deadline a reminder or an overdue notice is about. */
  dueOn: string | null;
  daysLeft: number | null;
  createdAt: Date;
  read: boolean;
}

export const INBOX_PAGE_SIZE = 50;

interface Reader {
  userId: number;
  scopeCommitteeId: number;
}

export async function unreadCount(sql: Sql, reader: Reader): Promise<number> {
  const [row] = await sql<{ n: number }>`
    SELECT count(*)::int AS "n" FROM "Notification" n
    JOIN "CommitteeClosure" cc ON cc."descendantId" = n."committeeId" AND cc."ancestorId" = ${reader.scopeCommitteeId}::int
    WHERE n."userId" = ${reader.userId}::int AND n."readAt" IS NULL`;
  return row?.n ?? 0;
}

/** The newest first; `unreadOnly` for the inbox's filter. */
export async function listNotices(sql: Sql, reader: Reader, options: { unreadOnly?: boolean; page?: number } = {}): Promise<Notice[]> {
  const offset = Math.max(0, (options.page ?? 1) - 1) * INBOX_PAGE_SIZE;
  return sql<Notice>`
    SELECT n."id", n."kind", n."committeeId", c."code" AS "committeeCode", c."name" AS "committeeName", c."nameEn" AS "committeeNameEn",
      n."year", n."comment", to_char(n."dueOn", 'YYYY-MM-DD') AS "dueOn", n."daysLeft", n."createdAt", n."readAt" IS NOT NULL AS "read"
    FROM "Notification" n
    JOIN "CommitteeClosure" cc ON cc."descendantId" = n."committeeId" AND cc."ancestorId" = ${reader.scopeCommitteeId}::int
    JOIN "Committee" c ON c."id" = n."committeeId"
    WHERE n."userId" = ${reader.userId}::int AND (NOT ${options.unreadOnly ?? false}::boolean OR n."readAt" IS NULL)
    ORDER BY n."createdAt" DESC, n."id" DESC
    LIMIT ${INBOX_PAGE_SIZE}::int OFFSET ${offset}::int`;
}
