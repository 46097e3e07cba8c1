import http from "node:http";
import { AppError, PROBLEM_CONTENT_TYPE, toProblem } from "@/lib/errors";
import { forgetScoringWorkers, pickScoringWorker } from "@/lib/workers";
import { workerAgent } from "./post-to-worker";

// The data-plane fast path of the web process: a raw-image score request is piped to a
// worker's scoring host at the socket level, before Next.js sees it. Next's per-request
// work (about 2.5 ms here, BENCHMARKS.md) was most of the web path's overhead; control-
// plane requests, and multipart scores, still go through Next's route handlers.

const SCORE_PATH = /^\/api\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;

/** True when this request is a raw-body score that the fast path handles. */
export function isRawScoreRequest(request: http.IncomingMessage): boolean {
  if (request.method !== "POST") return false;
  const contentType = request.headers["content-type"] ?? "";
  return !contentType.startsWith("multipart/") && SCORE_PATH.test((request.url ?? "").split("?")[0]);
}

export async function proxyScore(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const [pathname, search = ""] = (request.url ?? "").split("?");
  const [, name, version] = SCORE_PATH.exec(pathname)!;
  let base: string;
  try {
    base = await pickScoringWorker();
  } catch (error) {
    return sendProblem(response, error, pathname);
  }
  const upstream = http.request(
    new URL(`/v1/models/${name}/versions/${version}/score${search ? `?${search}` : ""}`, base),
    {
      method: "POST",
      agent: workerAgent,
      headers: {
        "content-type": "application/octet-stream",
        ...(request.headers["content-length"] ? { "content-length": request.headers["content-length"] } : { "transfer-encoding": "chunked" }),
      },
    },
    (reply) => {
      response.writeHead(reply.statusCode ?? 502, {
        "content-type": reply.headers["content-type"] ?? "application/json",
        ...(reply.headers["content-length"] ? { "content-length": reply.headers["content-length"] } : {}),
      });
      reply.pipe(response);
    },
  );
  upstream.once("error", (error) => {
    forgetScoringWorkers();
    sendProblem(response, new AppError("unavailable", `The worker at ${base} did not answer: ${error.message}`), pathname);
  });
  request.pipe(upstream);
}

function sendProblem(response: http.ServerResponse, error: unknown, instance: string) {
  if (response.headersSent) return void response.destroy();
  const problem = toProblem(error, instance);
  const text = JSON.stringify(problem);
  response.writeHead(problem.status, { "content-type": PROBLEM_CONTENT_TYPE, "content-length": Buffer.byteLength(text) });
  response.end(text);
}
