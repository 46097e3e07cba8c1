// GET  /api/v1/services — deployed services
// POST /api/v1/services — deploy an image to a compute (202); the keys are in this answer only
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { listServices, requestDeployment } from "@/lib/services";

export const GET = withApi(async () => json(await listServices()));

export const POST = withApi(async (request) => {
  const service = await requestDeployment(await readJson(request));
  return json(service, { status: 202, headers: { location: service.links.self, "cache-control": "no-store" } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
