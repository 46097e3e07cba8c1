import { createReadStream } from "node:fs";
import { SourceFailure, toSourceFailure } from "./source-failure";

// Opens one download source as a pull-based stream of chunks, so that the writer can
// hash and write at its own pace and never holds the whole file in memory. Every
// fault of the source itself surfaces as a SourceFailure, so the caller can tell it
// from a fault of its own (the destination exists, the disk is full).

export type ChunkStream = {
  next(): Promise<{ done: boolean; value?: Uint8Array }>;
  // Releases the socket or file descriptor; safe to call at any time, never throws.
  close(): void;
};

export function openMirrorFile(filePath: string, signal: AbortSignal): ChunkStream {
  const stream = createReadStream(filePath, { signal, highWaterMark: 1 << 20 });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return {
    next: () =>
      iterator.next().then(
        (r) => (r.done ? { done: true } : { done: false, value: r.value }),
        (error) => Promise.reject(toSourceFailure(error, signal)),
      ),
    close: () => stream.destroy(),
  };
}

type OpenUrlOptions = {
  url: string;
  signal: AbortSignal; // aborting it cancels the request and the body
  abort: (failure: SourceFailure) => void;
  connectTimeoutMs: number;
  expectedBytes: number;
};

/**
 * Requests `url` with Node's global fetch (undici), following redirects (GitHub sends
 * LFS files through one). The connect timer runs until response headers arrive;
 * it covers refused, blackholed and silent hosts alike.
 */
export async function openUrl({ url, signal, abort, connectTimeoutMs, expectedBytes }: OpenUrlOptions): Promise<ChunkStream> {
  const timer = setTimeout(
    () => abort(new SourceFailure("unreachable", `no response within ${connectTimeoutMs} ms (connect timeout)`)),
    connectTimeoutMs,
  );
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: "follow", headers: { "accept-encoding": "identity" } });
  } catch (error) {
    throw toSourceFailure(error, signal);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok || !response.body) {
    void response.body?.cancel().catch(() => {});
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new SourceFailure("unreachable", response.ok ? `${status} with an empty body` : status);
  }
  // A declared length is the raw body length when no content-encoding applies: a wrong
  // one tells us the file is not ours before a byte is written.
  const declared = response.headers.get("content-length");
  if (declared !== null && !response.headers.get("content-encoding") && Number(declared) !== expectedBytes) {
    void response.body.cancel().catch(() => {});
    throw new SourceFailure("mismatch", `server announced ${declared} bytes, expected ${expectedBytes}`);
  }
  const reader = response.body.getReader();
  return {
    next: () => reader.read().catch((error) => Promise.reject(toSourceFailure(error, signal))),
    close: () => void reader.cancel().catch(() => {}),
  };
}
