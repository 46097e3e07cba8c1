// GET  /api/v1/computes — FPGA computes and their nodes
// POST /api/v1/computes — provision Standard_PB6s nodes in a region (202; 409 quota_exceeded past the quota)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { listComputes, requestCompute } from "@/lib/computes";

export const GET = withApi(async () => json(await listComputes()));

export const POST = withApi(async (request) => {
  const compute = await requestCompute(await readJson(request));
  return json(compute, { status: 202, headers: { location: compute.links.self } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
