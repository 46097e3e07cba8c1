-- Scoring nodes keep what a request needs of its service in memory
-- (lib/services/service-view-cache.ts) instead of reading it per request. Every change to
-- the rows that view is built from tells them when it commits, whichever code made it:
-- one notification per statement, on the channel the nodes listen to.
CREATE FUNCTION "accel_notify_service_view"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accel_service_view', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER "services_notify_service_view" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "services"
  FOR EACH STATEMENT EXECUTE FUNCTION "accel_notify_service_view"();
CREATE TRIGGER "service_replicas_notify_service_view" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_replicas"
  FOR EACH STATEMENT EXECUTE FUNCTION "accel_notify_service_view"();
CREATE TRIGGER "compute_nodes_notify_service_view" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "compute_nodes"
  FOR EACH STATEMENT EXECUTE FUNCTION "accel_notify_service_view"();
