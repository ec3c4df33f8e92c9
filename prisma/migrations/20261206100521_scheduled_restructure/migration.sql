-- CreateEnum
CREATE TYPE "ScheduledStatus" AS ENUM ('PENDING', 'APPLIED', 'CANCELLED', 'FAILED');

-- CreateTable
CREATE TABLE "ScheduledRestructure" (
    "id" SERIAL NOT NULL,
    "operation" JSONB NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "scopeCommitteeId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ScheduledStatus" NOT NULL DEFAULT 'PENDING',
    "settledAt" TIMESTAMP(3),
    "settledById" INTEGER,
    "failure" TEXT,

    CONSTRAINT "ScheduledRestructure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledRestructure_status_effectiveFrom_idx" ON "ScheduledRestructure"("status", "effectiveFrom");

-- The restructuring page lists pending operations: its cached copies are dropped when one is scheduled or settled.
CREATE TRIGGER "ScheduledRestructure_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ScheduledRestructure" FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();
