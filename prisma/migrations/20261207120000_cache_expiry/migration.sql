-- Cache expiry (lib/cache/handler.ts). Every committed write to a table a cached page reads records, in the same
-- transaction, which cache tags it expires: "committee:<id>" for the unit it touched and each of its ancestors, or
-- "all". Recorded with the writing transaction's id, so that a cache entry is judged against what its render could
-- see (its snapshot), not against a clock: exact for a long import, for the CLI and for every app process and
-- instance on this database. Insert-only (no hot row near the root), trimmed by the handler after an hour.
-- The trigger functions keep their names (chitieu_notify_*), so every table's existing triggers now feed this table.
CREATE TABLE "CacheExpiry" (
  "id" BIGSERIAL NOT NULL,
  "tag" TEXT NOT NULL,
  "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
  "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CacheExpiry_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CacheExpiry_tag_xid_idx" ON "CacheExpiry" ("tag", "xid");
CREATE INDEX "CacheExpiry_at_idx" ON "CacheExpiry" ("at");

CREATE OR REPLACE FUNCTION "chitieu_notify_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CacheExpiry" ("tag") VALUES ('all');
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "chitieu_notify_committees"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "committeeId") INTO changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "committeeId") INTO changed FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT c) INTO changed FROM (SELECT "committeeId" AS c FROM old_rows UNION SELECT "committeeId" FROM new_rows) x;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  -- A change that wide (an import, a rollup rebuild) expires everything: one row instead of thousands.
  IF cardinality(changed) > 500 THEN
    INSERT INTO "CacheExpiry" ("tag") VALUES ('all');
    RETURN NULL;
  END IF;
  INSERT INTO "CacheExpiry" ("tag")
  SELECT 'committee:' || id FROM (
    SELECT unnest(changed) AS id
    UNION SELECT cc."ancestorId" FROM "CommitteeClosure" cc WHERE cc."descendantId" = ANY(changed)) x;
  RETURN NULL;
END;
$$;

-- Accounts no longer expire anything: what is cached is the same for every viewer allowed to see it, and who may see
-- it is checked on every request, outside the cache.
DROP TRIGGER IF EXISTS "User_notify" ON "User";
