import { Readable } from "node:stream";
import { forwardedHeaders, sendToWorker, serviceKeyHeaders } from "./forward-score";
import { readScoreBody } from "./read-score-body";
import { serviceScoreTarget } from "./service-score-target";

/**
 * The control plane's convenience route for a service (the studio's Test tab), for what
 * web's fast path leaves to Next (a multipart form): sends the image, with the caller's
 * own key, to the service's scoring URI on a ready node, and relays the answer.
 */
export async function forwardServiceScore(options: { name: string; request: Request; requestId: string }): Promise<Response> {
  const target = await serviceScoreTarget({ name: options.name, search: new URL(options.request.url).search });
  const body = await readScoreBody(options.request);
  const reply = await sendToWorker({ target, body, requestId: options.requestId, headers: serviceKeyHeaders((name) => options.request.headers.get(name)) });
  return new Response(Readable.toWeb(reply) as ReadableStream<Uint8Array>, { status: reply.statusCode ?? 502, headers: forwardedHeaders(reply, options.requestId) });
}
