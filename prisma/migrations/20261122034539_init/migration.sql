-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'GRASSROOTS_CELL', 'CELL');

-- CreateEnum
CREATE TYPE "ValueType" AS ENUM ('COUNT', 'PERCENT', 'MONEY');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('SUM', 'NONE');

-- CreateEnum
CREATE TYPE "IndicatorRole" AS ENUM ('NUMERATOR', 'DENOMINATOR');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('ANNUAL_RATE', 'TERM_CUMULATIVE', 'LEVEL_BY_DEADLINE', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "TargetCategory" AS ENUM ('TARGET', 'KEY_TASK', 'BREAKTHROUGH');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('GTE', 'LTE');

-- CreateEnum
CREATE TYPE "AssessmentResult" AS ENUM ('ACHIEVED', 'ON_TRACK', 'AT_RISK', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'APPROVER', 'VIEWER');

-- CreateTable
CREATE TABLE "Committee" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "CommitteeKind" NOT NULL,
    "parentId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "successorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeLink" (
    "id" SERIAL NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "CommitteeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeClosure" (
    "ancestorId" INTEGER NOT NULL,
    "descendantId" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "CommitteeClosure_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" SERIAL NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "termId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "number" TEXT,
    "adoptedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataElement" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitVi" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "valueType" "ValueType" NOT NULL,
    "aggregation" "Aggregation" NOT NULL DEFAULT 'SUM',
    "groupCode" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "partOfId" INTEGER,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "DataElement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitVi" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "scale" DECIMAL(12,4) NOT NULL DEFAULT 1,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTerm" (
    "indicatorId" INTEGER NOT NULL,
    "dataElementId" INTEGER NOT NULL,
    "role" "IndicatorRole" NOT NULL,

    CONSTRAINT "IndicatorTerm_pkey" PRIMARY KEY ("indicatorId","dataElementId","role")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "resolutionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "category" "TargetCategory" NOT NULL DEFAULT 'TARGET',
    "kind" "TargetKind" NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "indicatorId" INTEGER,
    "comparator" "Comparator" NOT NULL DEFAULT 'GTE',
    "targetValue" DECIMAL(18,4),
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "deadlineYear" INTEGER,
    "parentTargetId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetAssessment" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "result" "AssessmentResult" NOT NULL,
    "note" TEXT NOT NULL,
    "assessedById" INTEGER,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "dataElementId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "status" "FigureStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rollup" (
    "committeeId" INTEGER NOT NULL,
    "dataElementId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "unitCount" INTEGER NOT NULL,
    "submittedCount" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rollup_pkey" PRIMARY KEY ("committeeId","dataElementId","year")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "scopeCommitteeId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "committeeId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Committee_code_key" ON "Committee"("code");

-- CreateIndex
CREATE INDEX "Committee_parentId_idx" ON "Committee"("parentId");

-- CreateIndex
CREATE INDEX "Committee_successorId_idx" ON "Committee"("successorId");

-- CreateIndex
CREATE INDEX "CommitteeLink_committeeId_validFrom_idx" ON "CommitteeLink"("committeeId", "validFrom");

-- CreateIndex
CREATE INDEX "CommitteeLink_parentId_idx" ON "CommitteeLink"("parentId");

-- CreateIndex
CREATE INDEX "CommitteeClosure_descendantId_ancestorId_idx" ON "CommitteeClosure"("descendantId", "ancestorId");

-- CreateIndex
CREATE UNIQUE INDEX "Term_name_key" ON "Term"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Term_startYear_endYear_key" ON "Term"("startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_committeeId_termId_key" ON "Resolution"("committeeId", "termId");

-- CreateIndex
CREATE UNIQUE INDEX "DataElement_code_key" ON "DataElement"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Target_parentTargetId_idx" ON "Target"("parentTargetId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_resolutionId_category_position_key" ON "Target"("resolutionId", "category", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TargetAssessment_targetId_year_key" ON "TargetAssessment"("targetId", "year");

-- CreateIndex
CREATE INDEX "Figure_dataElementId_year_idx" ON "Figure"("dataElementId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_committeeId_dataElementId_year_key" ON "Figure"("committeeId", "dataElementId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_committeeId_at_idx" ON "AuditEvent"("committeeId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeLink" ADD CONSTRAINT "CommitteeLink_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeLink" ADD CONSTRAINT "CommitteeLink_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeClosure" ADD CONSTRAINT "CommitteeClosure_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeClosure" ADD CONSTRAINT "CommitteeClosure_descendantId_fkey" FOREIGN KEY ("descendantId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_partOfId_fkey" FOREIGN KEY ("partOfId") REFERENCES "DataElement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTerm" ADD CONSTRAINT "IndicatorTerm_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTerm" ADD CONSTRAINT "IndicatorTerm_dataElementId_fkey" FOREIGN KEY ("dataElementId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_parentTargetId_fkey" FOREIGN KEY ("parentTargetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetAssessment" ADD CONSTRAINT "TargetAssessment_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetAssessment" ADD CONSTRAINT "TargetAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_dataElementId_fkey" FOREIGN KEY ("dataElementId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollup" ADD CONSTRAINT "Rollup_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollup" ADD CONSTRAINT "Rollup_dataElementId_fkey" FOREIGN KEY ("dataElementId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_scopeCommitteeId_fkey" FOREIGN KEY ("scopeCommitteeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express. The database, not only the code, refuses bad data.

ALTER TABLE "Committee"
  ADD CONSTRAINT "Committee_valid_range" CHECK ("validTo" IS NULL OR "validTo" > "validFrom"),
  ADD CONSTRAINT "Committee_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id"),
  ADD CONSTRAINT "Committee_not_own_successor" CHECK ("successorId" IS NULL OR "successorId" <> "id"),
  ADD CONSTRAINT "Committee_code_not_blank" CHECK (length(btrim("code")) > 0),
  ADD CONSTRAINT "Committee_name_not_blank" CHECK (length(btrim("name")) > 0);

ALTER TABLE "CommitteeLink"
  ADD CONSTRAINT "CommitteeLink_valid_range" CHECK ("validTo" IS NULL OR "validTo" > "validFrom"),
  ADD CONSTRAINT "CommitteeLink_not_own_parent" CHECK ("parentId" <> "committeeId");

ALTER TABLE "CommitteeClosure"
  ADD CONSTRAINT "CommitteeClosure_depth" CHECK ("depth" >= 0 AND (("depth" = 0) = ("ancestorId" = "descendantId")));

ALTER TABLE "Term"
  ADD CONSTRAINT "Term_year_range" CHECK ("startYear" BETWEEN 1930 AND 2100 AND "endYear" BETWEEN "startYear" AND 2100);

-- At most one current term.
CREATE UNIQUE INDEX "Term_one_current" ON "Term" ("isCurrent") WHERE "isCurrent";

ALTER TABLE "DataElement"
  ADD CONSTRAINT "DataElement_not_own_part" CHECK ("partOfId" IS NULL OR "partOfId" <> "id");

ALTER TABLE "Indicator"
  ADD CONSTRAINT "Indicator_scale_positive" CHECK ("scale" > 0);

ALTER TABLE "Target"
  ADD CONSTRAINT "Target_position_positive" CHECK ("position" > 0),
  ADD CONSTRAINT "Target_quantitative_complete"
    CHECK ("kind" = 'QUALITATIVE' OR ("indicatorId" IS NOT NULL AND "targetValue" IS NOT NULL)),
  ADD CONSTRAINT "Target_values_non_negative"
    CHECK (("targetValue" IS NULL OR "targetValue" >= 0) AND ("baselineValue" IS NULL OR "baselineValue" >= 0)),
  ADD CONSTRAINT "Target_years" CHECK (
    ("deadlineYear" IS NULL OR "deadlineYear" BETWEEN 1930 AND 2100) AND
    ("baselineYear" IS NULL OR "baselineYear" BETWEEN 1930 AND 2100) AND
    ("baselineYear" IS NULL OR "deadlineYear" IS NULL OR "baselineYear" < "deadlineYear")),
  ADD CONSTRAINT "Target_not_own_parent" CHECK ("parentTargetId" IS NULL OR "parentTargetId" <> "id");

ALTER TABLE "TargetAssessment"
  ADD CONSTRAINT "TargetAssessment_year" CHECK ("year" BETWEEN 1930 AND 2100);

ALTER TABLE "Figure"
  ADD CONSTRAINT "Figure_value_non_negative" CHECK ("value" >= 0),
  ADD CONSTRAINT "Figure_year" CHECK ("year" BETWEEN 1930 AND 2100),
  ADD CONSTRAINT "Figure_version_positive" CHECK ("version" > 0);

ALTER TABLE "Rollup"
  ADD CONSTRAINT "Rollup_value_non_negative" CHECK ("value" >= 0),
  ADD CONSTRAINT "Rollup_counts" CHECK ("unitCount" >= 0 AND "submittedCount" BETWEEN 0 AND "unitCount"),
  ADD CONSTRAINT "Rollup_year" CHECK ("year" BETWEEN 1930 AND 2100);

ALTER TABLE "User"
  ADD CONSTRAINT "User_username_format" CHECK ("username" ~ '^[a-z0-9._-]{3,64}$'),
  ADD CONSTRAINT "User_locale" CHECK ("locale" IN ('vi', 'en'));

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
