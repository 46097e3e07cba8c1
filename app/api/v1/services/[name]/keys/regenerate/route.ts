// POST /api/v1/services/{name}/keys/regenerate — { key: "primary" | "secondary" }: a new key, shown once
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { regenerateServiceKey } from "@/lib/services";

export const POST = withApi<{ name: string }>(async (request, { params }) => {
  return json(await regenerateServiceKey({ name: params.name, body: await readJson(request) }), { headers: { "cache-control": "no-store" } });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
