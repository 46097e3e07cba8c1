import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { serveApiRequest, type ApiReplies } from "@/lib/api/serve-api-request";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { inferV2 } from "@/lib/serving/kserve-v2/infer-v2";
import { readV2ModelMetadata, readV2ModelReady } from "@/lib/serving/kserve-v2/model-metadata";
import { readRestInferRequest } from "@/lib/serving/kserve-v2/read-rest-request";
import { TIMINGS_HEADER, V2_SERVER_METADATA } from "@/lib/serving/kserve-v2/server-metadata";
import { toRestInferResponse } from "@/lib/serving/kserve-v2/to-rest-response";
import { readRequestBody } from "@/lib/serving/read-request-body";
import { nodeRequestInfo } from "@/lib/api/node-request-info";

// The Open Inference Protocol v2 over REST on a node (PROTOCOLS.md; KServe's REST
// predict v2): server metadata, model metadata, model ready and infer, the model being
// the service's name. Errors are v2's { "error": "<message>" } (plus our stable `code`)
// with the status of our one code table; /v2/health/* stay with the scoring host.

const MODEL_ROUTE = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;

// A base64 image in JSON is 4/3 of the file; an FP32 tensor as JSON text about 10 bytes a value.
const maxBodyBytes = () => env().MAX_IMAGE_BYTES * 2;

type Reply = { status: number; body: object; headers?: Record<string, string> };

export type V2RestRequest = { request: http.IncomingMessage; response: http.ServerResponse; url: URL; receivedAt: number; workerId: string };

/** Serves the request when it is a v2 route other than health; false leaves it to the host. */
export function serveKserveV2Rest(options: V2RestRequest): boolean {
  const { request, response, url } = options;
  const model = MODEL_ROUTE.exec(url.pathname);
  if (url.pathname !== "/v2" && !model) return false;
  void serveApiRequest({
    request: nodeRequestInfo(request, url.pathname, "own"),
    replies: v2Replies(response),
    handle: async ({ requestId }) => {
      const reply = model ? await routeModel({ ...options, model }) : (assertMethod(request, "GET"), { status: 200, body: V2_SERVER_METADATA });
      writeJson(response, reply.status, reply.body, { ...reply.headers, "x-request-id": requestId });
      return reply.status;
    },
  });
  return true;
}

async function routeModel(options: V2RestRequest & { model: RegExpExecArray }): Promise<Reply> {
  const { request, model } = options;
  const call = {
    name: decodePathSegment(model[1]),
    version: model[2] === undefined ? undefined : decodePathSegment(model[2]),
    authorization: request.headers.authorization,
    workerId: options.workerId,
  };
  if (model[3] === "/infer") {
    assertMethod(request, "POST");
    const body = await readRequestBody(request, maxBodyBytes());
    const v2Request = readRestInferRequest({ modelName: call.name, modelVersion: call.version, body });
    const result = await inferV2({ request: v2Request, authorization: call.authorization, workerId: call.workerId, receivedAt: options.receivedAt });
    return { status: 200, body: toRestInferResponse(result), headers: { [TIMINGS_HEADER]: result.timings } };
  }
  assertMethod(request, "GET");
  if (model[3] === "/ready") {
    // KServe: 200 when the model is ready, 503 (same body) while it is not.
    const ready = await readV2ModelReady(call);
    return { status: ready.ready ? 200 : 503, body: ready };
  }
  return { status: 200, body: await readV2ModelMetadata(call) };
}

function assertMethod(request: http.IncomingMessage, method: "GET" | "POST") {
  if (request.method !== method) throw new AppError("method_not_allowed", `Use ${method} here.`, { allow: [method] });
}

function v2Replies(response: http.ServerResponse): ApiReplies<number> {
  return {
    problem: (problem, headers) => {
      if (response.headersSent) return response.destroy(), problem.status;
      writeJson(response, problem.status, { error: problem.detail, code: problem.code }, { ...headers, "content-type": "application/json" });
      // Read and drop what is left of a refused body, so the client reads the answer.
      if (!response.req.complete) response.req.resume();
      return problem.status;
    },
    statusOf: (status) => status,
  };
}

function writeJson(response: http.ServerResponse, status: number, body: object, headers: Record<string, string>) {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
}
