-- AlterTable
ALTER TABLE "DataElement" ADD COLUMN     "classificationLevel" INTEGER,
ADD COLUMN     "levelCapPercent" DECIMAL(5,2);

-- CreateTable
CREATE TABLE "FigureYear" (
    "committeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "FigureStatus" NOT NULL DEFAULT 'DRAFT',
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedById" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureYear_pkey" PRIMARY KEY ("committeeId","year")
);

-- CreateIndex
CREATE INDEX "FigureYear_year_status_idx" ON "FigureYear"("year", "status");

-- AddForeignKey
ALTER TABLE "FigureYear" ADD CONSTRAINT "FigureYear_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureYear" ADD CONSTRAINT "FigureYear_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureYear" ADD CONSTRAINT "FigureYear_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express.
ALTER TABLE "FigureYear"
  ADD CONSTRAINT "FigureYear_year" CHECK ("year" BETWEEN 1930 AND 2100),
  ADD CONSTRAINT "FigureYear_version_positive" CHECK ("version" > 0);

ALTER TABLE "DataElement"
  ADD CONSTRAINT "DataElement_classification_level" CHECK ("classificationLevel" IS NULL OR ("classificationLevel" BETWEEN 1 AND 9 AND "partOfId" IS NOT NULL)),
  ADD CONSTRAINT "DataElement_level_cap" CHECK ("levelCapPercent" IS NULL OR "levelCapPercent" BETWEEN 0 AND 100);

-- The standard catalogue's classification levels (the demo seed sets the same on new databases).
UPDATE "DataElement" SET "classificationLevel" = 1 WHERE "code" IN ('MEMBERS_EXCELLENT', 'ORGS_EXCELLENT');
UPDATE "DataElement" SET "classificationLevel" = 2 WHERE "code" IN ('MEMBERS_GOOD', 'ORGS_GOOD');
UPDATE "DataElement" SET "classificationLevel" = 3 WHERE "code" IN ('MEMBERS_COMPLETED', 'ORGS_COMPLETED');
UPDATE "DataElement" SET "classificationLevel" = 4 WHERE "code" IN ('MEMBERS_NOT_COMPLETED', 'ORGS_NOT_COMPLETED');
UPDATE "DataElement" SET "levelCapPercent" = 20 WHERE "code" = 'MEMBERS_ASSESSED';

-- Figures entered before the workflow existed: one FigureYear per committee-year, at the least advanced
-- status of its figures, and every figure brought to that status (see syncFigureYears in lib/figures).
INSERT INTO "FigureYear" ("committeeId", "year", "status")
SELECT "committeeId", "year",
       (CASE WHEN bool_or("status" = 'DRAFT') THEN 'DRAFT' WHEN bool_or("status" = 'SUBMITTED') THEN 'SUBMITTED' ELSE 'APPROVED' END)::"FigureStatus"
FROM "Figure" GROUP BY "committeeId", "year";

UPDATE "Figure" f SET "status" = fy."status"
FROM "FigureYear" fy
WHERE fy."committeeId" = f."committeeId" AND fy."year" = f."year" AND f."status" <> fy."status";

-- Statuses may have changed, so the submitted counts of the stored rollup are recomputed (as rebuildRollups does).
DELETE FROM "Rollup";
INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
SELECT cc."ancestorId", f."dataElementId", f."year", SUM(f."value"), COUNT(*), COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'), now()
FROM "Figure" f
JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
JOIN "DataElement" de ON de."id" = f."dataElementId"
WHERE de."aggregation" = 'SUM' OR cc."depth" = 0
GROUP BY cc."ancestorId", f."dataElementId", f."year";
