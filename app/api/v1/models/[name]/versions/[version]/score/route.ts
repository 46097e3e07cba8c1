// POST /api/v1/models/{name}/versions/{v}/score — score one image (raw body or multipart)
// on a worker: top-5 labels, measured CPU timings and the simulated FPGA latency
import { rejectMethods, withApi } from "@/lib/api";
import { forwardScore } from "@/lib/serving/forward-score";

type Params = { name: string; version: string };

export const POST = withApi<Params>(async (request, { params }) => {
  const path = `/v1/models/${encodeURIComponent(params.name)}/versions/${encodeURIComponent(params.version)}/score`;
  return forwardScore({ request, workerPath: path });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
