import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { scoringPath } from "@/lib/services";
import { serviceNameSchema } from "@/lib/services/schemas";
import { forwardedHeaders, sendToWorker } from "./forward-score";
import { readScoreBody } from "./read-score-body";

/**
 * The control plane's convenience route for a service (the studio's Test tab): sends the
 * image, with the caller's own key, to the node hosting a ready replica — the service's
 * scoring URI — which checks the key and scores. The node decides; web only relays.
 */
export async function forwardServiceScore(options: { name: string; request: Request; requestId: string }): Promise<Response> {
  // Only what routing needs: the full service row carries its model's graph and report (tens of KB of JSON).
  const service = await db.service.findUnique({
    where: { name: serviceNameSchema.parse(options.name) },
    select: { name: true, state: true, replicaPlacements: { select: { ready: true, node: { select: { worker: { select: { scoringUrl: true } } } } } } },
  });
  // As on the node: a service being deleted is gone for its clients.
  if (!service || service.state === "Deleting") throw new AppError("not_found", `There is no service named ${options.name}.`, { name: options.name });
  const replica = service.replicaPlacements.find((r) => r.ready && r.node.worker?.scoringUrl);
  if (service.state !== "Healthy" || !replica) {
    throw new AppError("unavailable", `Service ${service.name} is ${service.state}; it takes requests once Healthy.`, { state: service.state });
  }
  const body = await readScoreBody(options.request);
  const authorization = options.request.headers.get("authorization");
  const target = new URL(`${replica.node.worker!.scoringUrl}${scoringPath(service.name)}${new URL(options.request.url).search}`);
  const reply = await sendToWorker({ target, body, requestId: options.requestId, headers: authorization ? { authorization } : {} });
  return new Response(Readable.toWeb(reply) as ReadableStream<Uint8Array>, { status: reply.statusCode ?? 502, headers: forwardedHeaders(reply, options.requestId) });
}
