import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { openServiceOnNode } from "@/lib/services/open-service-on-node";
import { readRequestBody } from "@/lib/serving/read-request-body";
import { describeModel } from "@/lib/serving/tf-serving/describe-model";
import { nestTensor } from "@/lib/serving/tf-serving/nest-tensor";
import { modelStatus } from "@/lib/serving/tf-serving/model-status";
import { parseRestPredict } from "@/lib/serving/tf-serving/parse-rest-predict";
import { checkModelVersion, scoreTfInput, timingsOf } from "@/lib/serving/tf-serving/score-tf-input";
import { nodeRequestInfo } from "@/lib/api/node-request-info";

// TF Serving's REST API on a node (PROTOCOLS.md): model status, metadata and :predict,
// a service's name standing for the model's. Errors are TF Serving's {"error": "<message>"}
// (plus our stable code) with the status of the one error table. The studio's
// /v1/models/{model}/versions/{v}/score is not matched here: the scoring host keeps it.

const MODEL_PATH = /^\/v1\/models\/([^/:]+)(?:\/versions\/([^/:]+))?(?:\/(metadata)|:(predict))?$/;

export function isTfServingPath(pathname: string): boolean {
  return MODEL_PATH.test(pathname);
}

type Reply = { status: number; body: object; headers?: Record<string, string> };

export function serveTfServingRequest(options: { request: http.IncomingMessage; response: http.ServerResponse; url: URL; receivedAt: number; workerId: string }): Promise<number> {
  const { request, response, url } = options;
  const write = (status: number, body: object, headers: Record<string, string>) => {
    if (response.headersSent) return void response.destroy();
    const text = JSON.stringify(body);
    response.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
  };
  return serveApiRequest<number>({
    request: nodeRequestInfo(request, url.pathname, "own"),
    replies: {
      problem: (problem, headers) => {
        if (!request.complete) request.resume(); // read what is left, so the client sees the answer
        write(problem.status, { error: problem.detail, code: problem.code }, headers);
        return problem.status;
      },
      statusOf: (status) => status,
    },
    handle: async ({ requestId }) => {
      const reply = await route(options);
      write(reply.status, reply.body, { ...reply.headers, "x-request-id": requestId });
      return reply.status;
    },
  });
}

async function route(options: { request: http.IncomingMessage; url: URL; receivedAt: number; workerId: string }): Promise<Reply> {
  const { request, url } = options;
  const [, rawName, rawVersion, metadata, predict] = MODEL_PATH.exec(url.pathname)!;
  const name = decodePathSegment(rawName);
  const version = rawVersion === undefined ? undefined : versionOf(decodePathSegment(rawVersion));
  const authorization = request.headers.authorization;
  const method = predict ? "POST" : "GET";
  if (request.method !== method) throw new AppError("method_not_allowed", `${url.pathname} takes ${method}.`, { allow: [method] });
  if (predict) {
    const body = await readRequestBody(request, env().MAX_IMAGE_BYTES * 2);
    const { format, input } = parseRestPredict(body);
    const scored = await scoreTfInput({ name, input, authorization, workerId: options.workerId, version, receivedAt: options.receivedAt });
    const headers = { "x-accel-timings": timingsOf(scored.response) };
    if (scored.tensors) {
      // Several outputs: TF Serving's row format gives each instance an object of them
      // (batch dimension dropped), the columnar one an object of whole tensors.
      const body = format === "row"
        ? { predictions: [Object.fromEntries(scored.tensors.map((t) => [t.name, nestTensor(t.values, t.dims.slice(1))]))] }
        : { outputs: Object.fromEntries(scored.tensors.map((t) => [t.name, nestTensor(t.values, t.dims)])) };
      return { status: 200, body, headers };
    }
    const scores = [Array.from(scored.probabilities)];
    return { status: 200, body: format === "row" ? { predictions: scores } : { outputs: scores }, headers };
  }
  const opened = await openServiceOnNode({ name, authorization, workerId: options.workerId });
  checkModelVersion({ name: opened.name, requested: version, served: opened.deployment.model.version });
  if (metadata) {
    const { model_spec, signature_def } = describeModel(opened);
    return { status: 200, body: { model_spec: { ...model_spec, version: String(model_spec.version.value) }, metadata: { signature_def: { signature_def } } } };
  }
  const status = modelStatus(opened);
  return { status: 200, body: { model_version_status: [{ ...status, version: String(status.version) }] } };
}

function versionOf(text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw new AppError("validation_failed", `The version "${text}" is not a number.`);
  return Number(text);
}
