// GET /api/v1/openapi.json — the OpenAPI 3.1 contract of this API
import { json, rejectMethods, withApi } from "@/lib/api";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const GET = withApi(async () => json(buildOpenApiDocument()));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
