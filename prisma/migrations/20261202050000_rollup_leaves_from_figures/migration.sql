-- Rollup rows are stored for committees with subordinate units only. A unit with none (86% of a national tree:
-- the cells and most grassroots units) would store a copy of its own figures, one rollup row per figure; those
-- copies were 33M of the 38M rows and every import and save of a cell wrote them twice.
-- "CommitteeRollup" is what every reader reads: the stored rows, and for a unit with nothing under it in the
-- reporting tree (no closure row below it, ended units included) its own figures, each counting one unit.
CREATE VIEW "CommitteeRollup" AS
  SELECT r."committeeId", r."dataElementId", r."year", r."value", r."unitCount", r."submittedCount", r."computedAt"
  FROM "Rollup" r
  UNION ALL
  SELECT f."committeeId", f."dataElementId", f."year", f."value", 1, CASE WHEN f."status" <> 'DRAFT' THEN 1 ELSE 0 END, f."updatedAt"
  FROM "Figure" f
  WHERE NOT EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = f."committeeId" AND s."depth" > 0);

DELETE FROM "Rollup" r
WHERE NOT EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = r."committeeId" AND s."depth" > 0);
