import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";

/**
 * The image of a score request that reached a Next route: the raw body, or a form's
 * first file part. Read whole: images are small, the worker caps them, and a body with
 * a content-length is measurably cheaper to forward than a re-chunked stream.
 */
export async function readScoreBody(request: Request): Promise<Uint8Array> {
  if (!request.body) throw new AppError("empty_file", "Send the image as the request body, or as the `image` part of a form.");
  const contentType = request.headers.get("content-type") ?? "application/octet-stream";
  if (!contentType.startsWith("multipart/form-data")) return new Uint8Array(await request.arrayBuffer());
  return new Uint8Array(await new Response(await firstFilePart(request, contentType)).arrayBuffer());
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
