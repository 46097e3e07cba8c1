import type { MessagePort } from "node:worker_threads";
import type { Readable } from "node:stream";

// The sending end of a byte stream carried to a model thread over a MessagePort; the
// receiving end is receive-stream-from-port.ts. Messages: { chunk } | { end } | { abort },
// and "ack" back for each chunk the thread has taken, so at most HIGH chunks are ever in
// flight: a slow (low-priority) thread slows the upload instead of filling memory.
//
// Socket reads arrive in 16–64 KiB pieces; they are gathered into 1 MiB batches before
// crossing, because each message costs as much as copying its bytes (measured: 6,400
// messages per 100 MB upload spent more CPU in postMessage and GC than hashing did).
const BATCH_BYTES = 1 << 20;
const HIGH = 4;
const LOW = 1;

export type PortMessage = { chunk: Uint8Array } | { end: true } | { abort: string };

/** Sends `source` over `port` until it ends, fails, or the other end closes the port. */
export function sendStreamToPort(options: { source: Readable; port: MessagePort }): void {
  const { source, port } = options;
  let inFlight = 0;
  let isDone = false;
  // allocUnsafeSlow: a buffer of its own (transferable, unlike the shared pool) and not
  // zero-filled, since every byte is overwritten before it is sent.
  let batch: Uint8Array = Buffer.allocUnsafeSlow(BATCH_BYTES);
  let filled = 0;
  const flush = () => {
    if (filled === 0) return;
    // A batch of our own, transferred rather than copied: a socket's chunks share memory.
    const chunk = batch.subarray(0, filled); // a view: the whole buffer is transferred, and a fresh one starts
    port.postMessage({ chunk } satisfies PortMessage, [chunk.buffer as ArrayBuffer]);
    batch = Buffer.allocUnsafeSlow(BATCH_BYTES);
    filled = 0;
    if (++inFlight >= HIGH) source.pause();
  };
  const finish = (message?: PortMessage) => {
    if (isDone) return;
    isDone = true;
    source.off("data", onData);
    if (message && "end" in message) flush();
    if (message) port.postMessage(message);
  };
  const onData = (data: Buffer) => {
    let at = 0;
    while (at < data.length) {
      const n = Math.min(data.length - at, batch.length - filled);
      batch.set(data.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === batch.length) flush();
    }
  };
  port.on("message", (message) => {
    if (message === "ack" && --inFlight <= LOW && !isDone) source.resume();
  });
  // The thread has finished (an answer, or a refusal mid-upload): read no more of the body.
  port.once("close", () => finish());
  source.on("data", onData);
  source.once("end", () => finish({ end: true }));
  source.once("error", (error) => finish({ abort: error.message }));
  source.once("close", () => finish({ abort: "the client went away before the upload completed" }));
}
