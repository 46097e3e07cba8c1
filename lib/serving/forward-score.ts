import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { forgetScoringWorkers, pickScoringWorker } from "@/lib/workers";
import { postToWorker, type WorkerReply } from "./post-to-worker";

/**
 * Forwards a score request from web to a worker's scoring host: the image (the raw
 * body, or a form's first file part) is read whole — images are small and the worker
 * caps them — and the worker's answer (JSON or problem+json) comes back as it is.
 */
export async function forwardScore(options: { request: Request; workerPath: string }): Promise<Response> {
  const { request } = options;
  if (!request.body) throw new AppError("empty_file", "Send the image as the request body, or as the `image` part of a form.");
  const contentType = request.headers.get("content-type") ?? "application/octet-stream";
  // A raw image is read whole (images are small, MAX_IMAGE_BYTES caps them at the worker)
  // and sent with a content-length: measurably cheaper than re-streaming it chunked.
  const body = contentType.startsWith("multipart/form-data")
    ? new Uint8Array(await new Response(await firstFilePart(request, contentType)).arrayBuffer())
    : new Uint8Array(await request.arrayBuffer());
  const base = await pickScoringWorker();
  const url = new URL(options.workerPath + new URL(request.url).search, base);
  let reply: WorkerReply;
  try {
    reply = await postToWorker(url, body);
  } catch (error) {
    forgetScoringWorkers();
    throw new AppError("unavailable", `The worker at ${base} did not answer: ${(error as Error).message}`);
  }
  return new Response(new Uint8Array(reply.body), { status: reply.status, headers: { "content-type": reply.contentType } });
}

function firstFilePart(request: Request, contentType: string): Promise<ReadableStream<Uint8Array>> {
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1 } });
    let isFound = false;
    parser.on("file", (_name, stream) => {
      isFound = true;
      resolve(Readable.toWeb(stream) as ReadableStream<Uint8Array>);
    });
    parser.once("close", () => isFound || reject(new AppError("missing_file", "The form has no file part; attach the image.")));
    parser.once("error", (error) => reject(new AppError("validation_failed", `The multipart body could not be read: ${(error as Error).message}`)));
    Readable.fromWeb(request.body as unknown as NodeWebReadableStream).pipe(parser);
  });
}
