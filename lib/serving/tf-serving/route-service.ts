import { AppError } from "@/lib/errors";

// Newer Azure clients route with this metadata and leave model_spec empty; a plain TF
// Serving client names the model in model_spec.name (PROTOCOLS.md). On a node, the
// service's name is the model's name.
export const SERVICE_ROUTE_METADATA = "x-ms-aml-grpc-service-route";
const ROUTE = /^\/?api\/v1\/service\/([^/]+)\/?$/;

export function routeService(options: { route?: string; modelName?: string }): string {
  if (options.route) {
    const match = ROUTE.exec(options.route);
    if (!match) throw new AppError("validation_failed", `The ${SERVICE_ROUTE_METADATA} metadata is "${options.route}"; it must be /api/v1/service/<service name>.`);
    return match[1];
  }
  if (options.modelName) return options.modelName;
  throw new AppError("validation_failed", `Name the service: send the metadata "${SERVICE_ROUTE_METADATA}: /api/v1/service/<name>" or set model_spec.name.`);
}
