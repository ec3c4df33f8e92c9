-- Change notifications for the app servers' response cache (scripts/lib/response-cache.mjs). Every committed
-- write to a table the cached pages read sends a NOTIFY on "chitieu_changed" (delivered at commit, only if the
-- transaction commits): "*" when anything may be affected, or the committees whose pages may show the change.
-- A figure, a workflow year or a rollup row of a unit shows on the pages of that unit and of its ancestors.
-- Not here: "AuditEvent", "SignInThrottle" and "ApiToken" (no cached page reads them; they change on every
-- save, sign-in attempt and API call).

CREATE FUNCTION "chitieu_notify_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chitieu_changed', '*');
  RETURN NULL;
END;
$$;

-- Statement-level, over the transition tables: one notification per statement, whatever its number of rows.
CREATE FUNCTION "chitieu_notify_committees"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[];
  payload text;
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
  IF cardinality(changed) <= 500 THEN
    SELECT string_agg(DISTINCT id::text, ',') INTO payload FROM (
      SELECT unnest(changed) AS id
      UNION SELECT cc."ancestorId" FROM "CommitteeClosure" cc WHERE cc."descendantId" = ANY(changed)) x;
  END IF;
  -- A NOTIFY payload holds under 8,000 bytes: a change that wide invalidates everything.
  PERFORM pg_notify('chitieu_changed', CASE WHEN payload IS NULL OR length(payload) > 7000 THEN '*' ELSE payload END);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Figure', 'FigureYear', 'Rollup'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_notify_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_notify_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_notify_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_committees"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_notify_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"()', t, t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['Committee', 'CommitteeLink', 'CommitteeClosure', 'Term', 'Resolution', 'DataElement', 'Indicator',
                           'IndicatorTerm', 'Target', 'TargetRevision', 'TargetAssessment', 'User', 'AppSetting'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"()', t, t);
  END LOOP;
END;
$$;
