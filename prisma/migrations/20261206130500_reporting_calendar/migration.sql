-- Reporting season (DESIGN.md): each term year's calendar per subtree, the earliest of a unit's lineage in force,
-- and per-unit extensions of the entry deadline.
CREATE TABLE "ReportingCalendar" (
    "id" SERIAL NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "entryDeadline" DATE NOT NULL,
    "approvalDeadline" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingCalendar_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ReportingExtension" (
    "id" SERIAL NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "until" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingExtension_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ReportingCalendar_year_idx" ON "ReportingCalendar"("year");

CREATE UNIQUE INDEX "ReportingCalendar_committeeId_year_key" ON "ReportingCalendar"("committeeId", "year");

CREATE UNIQUE INDEX "ReportingExtension_committeeId_year_key" ON "ReportingExtension"("committeeId", "year");

ALTER TABLE "ReportingCalendar" ADD CONSTRAINT "ReportingCalendar_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ReportingExtension" ADD CONSTRAINT "ReportingExtension_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
