-- Room on every page of the two tables that saves and imports update in place (15%), so that an update can stay on
-- its page and leave the indexes alone (a HOT update). Without it each updated figure and rollup row moved to another
-- page and wrote every index again. It applies to pages written from now on; on existing data
-- `VACUUM FULL "Figure"; VACUUM FULL "Rollup";` in a maintenance window rewrites them at once (README, Performance).
ALTER TABLE "Figure" SET (fillfactor = 85);
ALTER TABLE "Rollup" SET (fillfactor = 85);
