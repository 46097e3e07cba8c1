// POST /api/v1/models/{name}/versions/{v}/score — score one image (multipart; a raw body
// normally takes web's fast path) on a worker: top-k labels, measured CPU timings and the
// simulated FPGA latency
import { Readable } from "node:stream";
import { rejectMethods, withApi } from "@/lib/api";
import { forwardedCredentials, forwardedHeaders, forwardScore } from "@/lib/serving/forward-score";
import { readScoreBody } from "@/lib/serving/read-score-body";

type Params = { name: string; version: string };

export const POST = withApi<Params>(async (request, { params, requestId }) => {
  const body = await readScoreBody(request);
  const headers = forwardedCredentials((name) => request.headers.get(name));
  const reply = await forwardScore({ ...params, search: new URL(request.url).search, body, requestId, headers });
  return new Response(Readable.toWeb(reply) as ReadableStream<Uint8Array>, { status: reply.statusCode ?? 502, headers: forwardedHeaders(reply, requestId) });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
