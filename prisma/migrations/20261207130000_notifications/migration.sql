-- Notifications in the app (DESIGN.md, "Reporting season"): one row per account and event. The unique key on
-- (account, event key) makes a second delivery of the same event impossible, whichever worker or app instance
-- writes it; writers insert with ON CONFLICT DO NOTHING.
CREATE TYPE "NotificationKind" AS ENUM ('RETURNED', 'APPROVED', 'UNLOCKED', 'WAITING', 'DEADLINE', 'OVERDUE');

CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "eventKey" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "comment" TEXT,
    "dueOn" DATE,
    "daysLeft" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Notification_userId_eventKey_key" ON "Notification"("userId", "eventKey");
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);
-- The bell's count reads only the unread ones.
CREATE INDEX "Notification_unread_idx" ON "Notification"("userId") WHERE "readAt" IS NULL;

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks against past years: a figure that moves more than this share (%) from the unit's figure of the year before
-- asks for an explanation, like the 20% rule (levelCapPercent). Null: no check.
ALTER TABLE "DataElement" ADD COLUMN "maxYearChangePercent" DECIMAL(5,2);

-- No change triggers: no cached component reads notices (the header's bell renders for its viewer on every request;
-- lib/cache/expiry.ts has the rule).
