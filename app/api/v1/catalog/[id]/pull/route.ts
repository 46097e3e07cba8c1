// POST /api/v1/catalog/{id}/pull — queue a download (mirror first), verify, register
import { json, rejectMethods, withApi } from "@/lib/api";
import { requestModelPull } from "@/lib/pulls";

export const POST = withApi<{ id: string }>(async (_request, { params }) => {
  const { pull } = await requestModelPull({ catalogId: params.id });
  return json(pull, { status: 202, headers: { location: pull.links.self } });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
