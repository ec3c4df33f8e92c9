// Marking one's own notices read: one, or all at once. Only the account's own rows are touched (the statement names
// the account), so another account's notice id is simply not found. Not audited: reading one's mail changes nothing
// anybody else sees.
import { z } from "zod";
import type { ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/ids";
import { sqlOf } from "@/lib/sql";

export const markReadSchema = z.object({ id: idSchema });
const nothing = z.object({}).passthrough();

export const markNoticeReadSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: markReadSchema,
  async run({ id }, { viewer, db, now }) {
    const changed = await sqlOf(db).count`
      UPDATE "Notification" SET "readAt" = COALESCE("readAt", ${now}::timestamptz)
      WHERE "id" = ${id}::int AND "userId" = ${viewer.userId}::int`;
    if (changed === 0) throw new AppError("NOT_FOUND");
    return { id };
  },
} satisfies ActionSpec<typeof markReadSchema, { id: number }>;

export const markAllNoticesReadSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: nothing,
  async run(_input, { viewer, db, now }) {
    const marked = await sqlOf(db).count`
      UPDATE "Notification" SET "readAt" = ${now}::timestamptz WHERE "userId" = ${viewer.userId}::int AND "readAt" IS NULL`;
    return { marked };
  },
} satisfies ActionSpec<typeof nothing, { marked: number }>;
