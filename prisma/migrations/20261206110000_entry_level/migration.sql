-- Where a data element is entered (DESIGN.md "DataElement"): LEAF by units with nothing below them (a committee
-- above sees its units' total, read-only, and never types a copy of it); OWNER only by the committee whose own
-- resolution needs it (the province's staffing cuts; its units' forms do not ask for it); ANY by every unit whose
-- form needs it, each for itself (a grassroots committee rates itself as an organization, as its cells do).
CREATE TYPE "EntryLevel" AS ENUM ('LEAF', 'OWNER', 'ANY');

ALTER TABLE "DataElement" ADD COLUMN "entryLevel" "EntryLevel" NOT NULL DEFAULT 'ANY';

-- The standard catalogue's member counts are kept by the Party cells; the staffing cuts by the province.
UPDATE "DataElement" SET "entryLevel" = 'LEAF'
WHERE "code" IN ('MEMBERS_TOTAL', 'MEMBERS_ASSESSED', 'MEMBERS_EXCELLENT', 'MEMBERS_GOOD', 'MEMBERS_COMPLETED',
                 'MEMBERS_NOT_COMPLETED', 'MEMBERS_ADMITTED');
UPDATE "DataElement" SET "entryLevel" = 'OWNER' WHERE "code" = 'STAFF_CUT';
