-- CreateTable
CREATE TABLE "ReportDetails" (
    "committeeId" INTEGER NOT NULL,
    "number" TEXT,
    "signerName" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ReportDetails_pkey" PRIMARY KEY ("committeeId")
);

-- AddForeignKey
ALTER TABLE "ReportDetails" ADD CONSTRAINT "ReportDetails_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dashboard shows a committee's kept details: its cached pages are dropped when they change.
CREATE TRIGGER "ReportDetails_notify_insert" AFTER INSERT ON "ReportDetails" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "ReportDetails_notify_update" AFTER UPDATE ON "ReportDetails" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "ReportDetails_notify_delete" AFTER DELETE ON "ReportDetails" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "ReportDetails_notify_truncate" AFTER TRUNCATE ON "ReportDetails" FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();
