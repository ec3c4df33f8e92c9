-- The reporting calendar and extensions show on cached pages (the entry form's deadline and banner, completeness and
-- on-time counts, the overdue list): a change to either drops every cached page, as a change of targets does (a
-- calendar applies to a whole subtree).
CREATE TRIGGER "ReportingCalendar_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportingCalendar"
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();
CREATE TRIGGER "ReportingExtension_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportingExtension"
  FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();
