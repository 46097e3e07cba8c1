import * as grpc from "@grpc/grpc-js";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { ERROR_CODES, GRPC, type Problem } from "@/lib/errors";

// Every gRPC method of a node goes through the same pipeline as its HTTP routes
// (lib/api/serve-api-request.ts): the same request ids, logging and error mapping, each
// stable error code to its gRPC status from the one table (lib/errors/codes.ts).

export type UnaryInfo = {
  requestId: string;
  /** The `authorization` metadata (Bearer <service key>), if sent. */
  authorization?: string;
  metadata: grpc.Metadata;
};

/** A handler's answer; `trailers` travel as trailing metadata (the measured and simulated timings). */
export type UnaryReply<Res> = { response: Res; trailers?: Record<string, string> };

type Outcome<Res> = { reply: UnaryReply<Res> } | { error: { code: grpc.status; details: string; trailers: grpc.Metadata; httpStatus: number } };

export function unary<Req, Res>(method: string, handle: (request: Req, info: UnaryInfo) => Promise<UnaryReply<Res>>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const metadata = call.metadata;
    const first = (key: string) => metadata.get(key)[0]?.toString();
    void serveApiRequest<Outcome<Res>>({
      request: { method: "gRPC", path: method, requestIdHeader: first("x-request-id"), access: "own" },
      replies: {
        problem: (problem: Problem) => ({ error: { code: grpcStatusOf(problem), details: problem.detail, trailers: trailersOf({ "x-request-id": problem.requestId ?? "" }), httpStatus: problem.status } }),
        // The problem's HTTP status stands for the gRPC code in the request metrics, as on every other path.
        statusOf: (outcome) => ("error" in outcome ? outcome.error.httpStatus : 200),
      },
      handle: async ({ requestId }) => {
        const reply = await handle(call.request, { requestId, authorization: first("authorization"), metadata });
        return { reply: { ...reply, trailers: { ...reply.trailers, "x-request-id": requestId } } };
      },
    }).then((outcome) => {
      if ("error" in outcome) return callback({ code: outcome.error.code, details: outcome.error.details, metadata: outcome.error.trailers });
      callback(null, outcome.reply.response, trailersOf(outcome.reply.trailers ?? {}));
    });
  };
}

function grpcStatusOf(problem: Problem): grpc.status {
  const spec = (ERROR_CODES as Record<string, { grpc: number }>)[problem.code];
  return (spec?.grpc ?? GRPC.INTERNAL) as grpc.status;
}

function trailersOf(values: Record<string, string>): grpc.Metadata {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(values)) if (value) metadata.set(key, value);
  return metadata;
}
