import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { SourceFailure, toHttpFailure, toSourceFailure } from "./source-failure";

type OpenUrlStreamOptions = {
  url: string;
  signal: AbortSignal; // aborting it cancels the request and the body
  abort: (failure: SourceFailure) => void;
  connectTimeoutMs: number;
  expectedBytes: number;
};

/**
 * Requests `url` with Node's global fetch (undici), following redirects (GitHub sends
 * LFS files through one), and returns the body as a Node stream. The connect timer
 * runs until response headers arrive; it covers refused, blackholed and silent hosts
 * alike. Every failure before the body starts is a SourceFailure.
 */
export async function openUrlStream(options: OpenUrlStreamOptions): Promise<Readable> {
  const { url, signal, abort, connectTimeoutMs, expectedBytes } = options;
  const timer = setTimeout(
    () => abort(new SourceFailure("unreachable", `no response within ${connectTimeoutMs} ms (connect timeout)`)),
    connectTimeoutMs,
  );
  let response: Response;
  try {
    // Asked uncompressed, so a declared length is the file's length.
    response = await fetch(url, { signal, redirect: "follow", headers: { "accept-encoding": "identity" } });
  } catch (error) {
    throw toSourceFailure(error, signal);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok || !response.body) {
    void response.body?.cancel().catch(() => {});
    throw toHttpFailure(response);
  }
  // A declared length is the raw body length when no content-encoding applies: a wrong
  // one tells us the file is not ours before a byte is written.
  const declared = response.headers.get("content-length");
  if (declared !== null && !response.headers.get("content-encoding") && Number(declared) !== expectedBytes) {
    void response.body.cancel().catch(() => {});
    throw new SourceFailure("mismatch", `server announced ${declared} bytes, expected ${expectedBytes}`);
  }
  return Readable.fromWeb(response.body as unknown as NodeWebReadableStream);
}
