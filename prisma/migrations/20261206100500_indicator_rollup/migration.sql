-- Rates over the units that reported every part. A rate (an indicator with a denominator) is Σ numerator ÷
-- Σ denominator over the units of a subtree that entered all of its data elements for the year: a unit that has
-- entered "members assessed" but not yet the ratings must not pull the rate down. Element rollups cannot say
-- which units reported which parts, so each rate keeps its own rollup, written with the element rollups by the
-- same writers (lib/figures/indicator-rollup.ts), with the same rule: rows are stored for committees with units
-- below them; a unit with none reads its own contribution through the view. The response cache hears of its
-- changes as of the element rollups' (20261202060000_change_notifications).

-- Indicators with a denominator, with how many data elements a unit must have entered to count, and whether
-- the rate sums over a subtree (every element SUM-aggregated; otherwise it is kept for the unit itself only).
CREATE VIEW "RateIndicator" AS
  SELECT it."indicatorId" AS "id", COUNT(DISTINCT it."dataElementId")::int AS "elements",
         bool_and(de."aggregation" = 'SUM') AS "summable"
  FROM "IndicatorTerm" it JOIN "DataElement" de ON de."id" = it."dataElementId"
  GROUP BY it."indicatorId"
  HAVING bool_or(it."role" = 'DENOMINATOR');

-- Each unit's own part in each rate and year: only where it entered every element of the rate; submitted when
-- all of those figures are.
CREATE VIEW "IndicatorContribution" AS
  SELECT f."committeeId", it."indicatorId", f."year",
         COALESCE(SUM(f."value") FILTER (WHERE it."role" = 'NUMERATOR'), 0) AS "numerator",
         COALESCE(SUM(f."value") FILTER (WHERE it."role" = 'DENOMINATOR'), 0) AS "denominator",
         bool_and(f."status" <> 'DRAFT') AS "submitted"
  FROM "IndicatorTerm" it
  JOIN "RateIndicator" ri ON ri."id" = it."indicatorId"
  JOIN "Figure" f ON f."dataElementId" = it."dataElementId"
  GROUP BY f."committeeId", it."indicatorId", f."year", ri."elements"
  HAVING COUNT(DISTINCT f."dataElementId") = ri."elements";

CREATE TABLE "IndicatorRollup" (
  "committeeId" INTEGER NOT NULL,
  "indicatorId" INTEGER NOT NULL,
  "year" INTEGER NOT NULL,
  "numerator" DECIMAL(20,4) NOT NULL,
  "denominator" DECIMAL(20,4) NOT NULL,
  "unitCount" INTEGER NOT NULL,
  "submittedCount" INTEGER NOT NULL,
  "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "IndicatorRollup_pkey" PRIMARY KEY ("committeeId", "indicatorId", "year")
) WITH (fillfactor = 85);

ALTER TABLE "IndicatorRollup" ADD CONSTRAINT "IndicatorRollup_committeeId_fkey"
  FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IndicatorRollup" ADD CONSTRAINT "IndicatorRollup_indicatorId_fkey"
  FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What every reader reads: the stored rows, and for a unit with nothing under it its own contribution.
CREATE VIEW "CommitteeIndicatorRollup" AS
  SELECT r."committeeId", r."indicatorId", r."year", r."numerator", r."denominator", r."unitCount", r."submittedCount"
  FROM "IndicatorRollup" r
  UNION ALL
  SELECT c."committeeId", c."indicatorId", c."year", c."numerator", c."denominator", 1, CASE WHEN c."submitted" THEN 1 ELSE 0 END
  FROM "IndicatorContribution" c
  WHERE NOT EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = c."committeeId" AND s."depth" > 0);

-- The rows of the data already here.
INSERT INTO "IndicatorRollup" ("committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount")
SELECT cc."ancestorId", c."indicatorId", c."year", SUM(c."numerator"), SUM(c."denominator"), COUNT(*),
       COUNT(*) FILTER (WHERE c."submitted")
FROM "IndicatorContribution" c
JOIN "RateIndicator" ri ON ri."id" = c."indicatorId"
JOIN "CommitteeClosure" cc ON cc."descendantId" = c."committeeId"
WHERE (ri."summable" OR cc."depth" = 0)
  AND (cc."depth" > 0 OR cc."ancestorId" IN (SELECT "ancestorId" FROM "CommitteeClosure" WHERE "depth" > 0))
GROUP BY 1, 2, 3;

CREATE TRIGGER "IndicatorRollup_notify_insert" AFTER INSERT ON "IndicatorRollup" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "IndicatorRollup_notify_update" AFTER UPDATE ON "IndicatorRollup" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "IndicatorRollup_notify_delete" AFTER DELETE ON "IndicatorRollup" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"();
CREATE TRIGGER "IndicatorRollup_notify_truncate" AFTER TRUNCATE ON "IndicatorRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();
