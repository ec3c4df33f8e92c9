-- CreateTable
CREATE TABLE "TargetRevision" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "effectiveFrom" INTEGER NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "targetValue" DECIMAL(18,4),
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "deadlineYear" INTEGER,
    "reference" TEXT,
    "reason" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TargetRevision_targetId_revision_key" ON "TargetRevision"("targetId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "TargetRevision_targetId_effectiveFrom_key" ON "TargetRevision"("targetId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
