import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { accessPaths } from "./paths/access";
import { azurePaths } from "./paths/azure";
import { catalogPaths } from "./paths/catalog";
import { computePaths } from "./paths/computes";
import { conversionPaths } from "./paths/conversions";
import { imagePaths } from "./paths/images";
import { modelPaths } from "./paths/models";
import { planPaths } from "./paths/plan";
import { servicePaths } from "./paths/services";
import { systemPaths } from "./paths/system";
import { registerRoutes } from "./route-spec";

// The OpenAPI 3.1 contract of /api/v1, generated from the zod schemas the handlers
// validate with (@asteasolutions/zod-to-openapi) and the response schemas beside them.
// Served at /api/v1/openapi.json, drawn on the studio's API reference page, and the
// source of the typed client (lib/client/api, openapi-typescript).

const PATHS = [...modelPaths, ...catalogPaths, ...conversionPaths, ...imagePaths, ...computePaths, ...servicePaths, ...planPaths, ...accessPaths, ...azurePaths, ...systemPaths];

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function buildOpenApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerToken", { type: "http", scheme: "bearer", description: "An API token (accel_…) or ACCEL_ADMIN_TOKEN; needed when the studio runs with AUTH_MODE=token" });
  registry.registerComponent("securitySchemes", "studioSession", { type: "apiKey", in: "cookie", name: "accel.session_token", description: "A studio session (POST /api/auth/session); changes also need the x-csrf-token header" });
  registerRoutes(registry, PATHS);
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Accel Studio API",
      version: "1",
      description:
        "Register models, convert them for the simulated Brainwave NPU, build images, provision FPGA computes, deploy and score services. Every error is application/problem+json with a stable `code`. With AUTH_MODE=token every operation needs a credential.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { studioSession: [] }, {}],
  });
  return cached;
}
