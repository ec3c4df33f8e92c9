// Notices by mail, only where the installation has an SMTP server (SMTP_URL, lib/env.ts; off by default, since Party
// networks may have no mail server): each new notice of an account with an e-mail address goes as one mail, the
// same sentence and link as in the inbox, and a weekly digest lists each account's unread notices. Both run on the
// job queue (lib/jobs) and claim what they send before sending it, in one UPDATE … RETURNING over rows locked with
// SKIP LOCKED (a notice's mailedAt, an account's digestWeek): two app instances, or a retried job, never mail the
// same thing twice. A mail the server refuses gives its claim back, for the next run.
import nodemailer from "nodemailer";
import { logUnexpected } from "@/lib/errors";
import { vietnamDate } from "@/lib/figures/write-rules";
import type { Locale } from "@/lib/i18n/locales";
import { messageTranslator } from "@/lib/i18n/translator";
import type { Sql } from "@/lib/sql";
import { listNotices, unreadCount, type Notice } from "./queries";
import { noticeHref, noticeSentence } from "./text";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one mail; throws when the server refuses it. */
export type Mailer = (message: MailMessage) => Promise<void>;

/** A mailer on the installation's SMTP server (smtp:// with STARTTLS when offered, or smtps://). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return async ({ to, subject, text }) => {
    // Base64 keeps Vietnamese text intact through any relay.
    await transport.sendMail({ from, to, subject, text, textEncoding: "base64" });
  };
}

/** Only notices this recent are mailed: those from before mail was turned on stay in the inbox. */
const MAIL_WINDOW_HOURS = 48;
/** Notices claimed by one run; the rest wait for the next (every minute). */
const BATCH = 200;
/** A digest lists this many notices; the inbox has the rest. */
const DIGEST_LINES = 20;

const localeOf = (l: string): Locale => (l === "en" ? "en" : "vi");
const linkTo = (baseUrl: string, path: string) => `${baseUrl.replace(/\/+$/, "")}${path}`;

interface Recipient {
  userId: number;
  email: string;
  locale: string;
  displayName: string;
  scopeCommitteeId: number;
}

/** Mails each new notice once; returns how many went. `baseUrl`: the app's address, for the link. */
export async function mailNewNotices(sql: Sql, send: Mailer, baseUrl: string): Promise<number> {
  // Claimed by this statement alone: the rows it locks are skipped by a run beside it, and once committed they are
  // no longer unmailed. Only notices of committees still in the account's scope, as its inbox shows them.
  const claimed = await sql<Notice & Recipient>`
    WITH due AS (
      SELECT n."id" FROM "Notification" n
      JOIN "User" u ON u."id" = n."userId"
      JOIN "CommitteeClosure" cc ON cc."descendantId" = n."committeeId" AND cc."ancestorId" = u."scopeCommitteeId"
      WHERE n."mailedAt" IS NULL AND n."readAt" IS NULL AND u."active" AND u."email" IS NOT NULL
        AND n."createdAt" > now() - make_interval(hours => ${MAIL_WINDOW_HOURS}::int)
      ORDER BY n."createdAt", n."id" LIMIT ${BATCH}::int
      FOR UPDATE OF n SKIP LOCKED
    )
    UPDATE "Notification" n SET "mailedAt" = now()
    FROM due, "User" u, "Committee" c
    WHERE n."id" = due."id" AND u."id" = n."userId" AND c."id" = n."committeeId"
    RETURNING n."id", n."kind", n."committeeId", c."code" AS "committeeCode", c."name" AS "committeeName", c."nameEn" AS "committeeNameEn",
      n."year", n."comment", to_char(n."dueOn", 'YYYY-MM-DD') AS "dueOn", n."daysLeft", n."createdAt", false AS "read",
      u."id" AS "userId", u."email", u."locale", u."displayName", u."scopeCommitteeId"`;
  let sent = 0;
  for (const n of claimed) {
    const locale = localeOf(n.locale);
    const t = messageTranslator(locale, "inbox");
    const sentence = noticeSentence(n, locale, t);
    const text = [sentence, ...(n.comment ? [t("comment", { comment: n.comment })] : []), "",
      t("mail.open", { url: linkTo(baseUrl, noticeHref(n)) }), "", t("mail.footer")].join("\n");
    try {
      await send({ to: n.email, subject: t("mail.subjectNotice", { sentence }), text });
      sent += 1;
    } catch (error) {
      logUnexpected("notice mail", error);
      await sql.count`UPDATE "Notification" SET "mailedAt" = NULL WHERE "id" = ${n.id}::int`;
    }
  }
  return sent;
}

/** The Monday ("YYYY-MM-DD") of the week of a Vietnam date. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Mails each account with an address and unread notices one digest a week; returns how many went. */
export async function mailWeeklyDigest(sql: Sql, send: Mailer, baseUrl: string, now: Date): Promise<number> {
  const week = mondayOf(vietnamDate(now));
  const claimed = await sql<Recipient & { before: string | null }>`
    WITH due AS (
      SELECT u."id", u."digestWeek" FROM "User" u
      WHERE u."active" AND u."email" IS NOT NULL AND (u."digestWeek" IS NULL OR u."digestWeek" < ${week}::date)
        AND EXISTS (
          SELECT 1 FROM "Notification" n
          JOIN "CommitteeClosure" cc ON cc."descendantId" = n."committeeId" AND cc."ancestorId" = u."scopeCommitteeId"
          WHERE n."userId" = u."id" AND n."readAt" IS NULL)
      FOR UPDATE OF u SKIP LOCKED
    )
    UPDATE "User" u SET "digestWeek" = ${week}::date FROM due WHERE u."id" = due."id"
    RETURNING u."id" AS "userId", u."email", u."locale", u."displayName", u."scopeCommitteeId",
      to_char(due."digestWeek", 'YYYY-MM-DD') AS "before"`;
  let sent = 0;
  const failed: unknown[] = [];
  for (const r of claimed) {
    const locale = localeOf(r.locale);
    const t = messageTranslator(locale, "inbox");
    const unread = await listNotices(sql, { userId: r.userId, scopeCommitteeId: r.scopeCommitteeId }, { unreadOnly: true });
    const count = await unreadCount(sql, { userId: r.userId, scopeCommitteeId: r.scopeCommitteeId });
    const lines = unread.slice(0, DIGEST_LINES).map((n) => `- ${noticeSentence(n, locale, t)}${n.comment ? ` (${t("comment", { comment: n.comment })})` : ""}`);
    const text = [t("mail.digestIntro", { name: r.displayName, count }), "", ...lines,
      ...(count > lines.length ? [t("mail.more", { count: count - lines.length })] : []), "",
      t("mail.inbox", { url: linkTo(baseUrl, "/inbox?unread=1") }), "", t("mail.footer")].join("\n");
    try {
      await send({ to: r.email, subject: t("mail.subjectDigest", { count }), text });
      sent += 1;
    } catch (error) {
      failed.push(error);
      await sql.count`UPDATE "User" SET "digestWeek" = ${r.before}::date WHERE "id" = ${r.userId}::int`;
    }
  }
  // The job fails so that pg-boss retries it: the refused digests were given back.
  if (failed.length > 0) throw new AggregateError(failed, `${failed.length} weekly digest mail(s) refused`);
  return sent;
}
