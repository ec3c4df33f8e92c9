-- Optional e-mail of the in-app notices (lib/notifications/mail.ts), where SMTP is configured: an account's address,
-- the moment a notice went by mail (claimed before sending, so two app instances never mail it twice), and the week
-- whose digest of unread notices the account last got (claimed the same way).
ALTER TABLE "User" ADD COLUMN "email" TEXT, ADD COLUMN "digestWeek" DATE;
ALTER TABLE "Notification" ADD COLUMN "mailedAt" TIMESTAMP(3);
-- The mail job's look-up of the latest notices.
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");
