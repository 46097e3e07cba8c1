// What the migrations create that schema.prisma cannot say (Prisma has no syntax for
// triggers), declared here so that the schema drift check expects exactly these: a
// trigger missing from the database, changed, or added behind this list is reported.
// The definitions are pg_get_triggerdef()'s text.

export const SERVICE_VIEW_CHANNEL = "accel_service_view";
export const API_TOKENS_CHANNEL = "accel_api_tokens";

const notifyTrigger = (table: string) =>
  `trigger ${table}_notify_service_view: CREATE TRIGGER ${table}_notify_service_view AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.${table} FOR EACH STATEMENT EXECUTE FUNCTION accel_notify_service_view()`;

/** Per table (in the public schema): the objects the migrations add beyond schema.prisma. */
export const SQL_ONLY_OBJECTS: Record<string, string[]> = {
  services: [notifyTrigger("services")],
  service_replicas: [notifyTrigger("service_replicas")],
  compute_nodes: [notifyTrigger("compute_nodes")],
  api_tokens: [
    "trigger api_tokens_notify: CREATE TRIGGER api_tokens_notify AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.api_tokens FOR EACH STATEMENT EXECUTE FUNCTION accel_notify_api_tokens()",
  ],
};
