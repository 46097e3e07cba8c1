import type { IncomingMessage } from "node:http";
import { AppError } from "@/lib/errors";

/**
 * Reads a request body up to `maxBytes`. Past that it keeps nothing and drains the rest
 * (so the client can read the 413), cutting the connection if the sender keeps going.
 */
export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? NaN);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > maxBytes * 4) request.destroy();
    });
    request.once("end", () => (size > maxBytes ? reject(tooLarge(maxBytes)) : resolve(Buffer.concat(chunks, size))));
    request.once("error", reject);
    request.once("close", () => {
      if (!request.complete) reject(size > maxBytes ? tooLarge(maxBytes) : new AppError("validation_failed", "The request body ended early."));
    });
  });
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The image is larger than the limit of ${maxBytes} bytes.`, { limitBytes: maxBytes });
}
