import { Readable } from "node:stream";
import type { MessagePort } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { PortMessage } from "./send-stream-to-port";

/**
 * The receiving end of send-stream-to-port.ts, inside a model thread: a Readable that
 * acknowledges each chunk when its consumer takes it, so the sender never runs ahead by
 * more than a few chunks.
 */
export function receiveStreamFromPort(options: { port: MessagePort }): Readable {
  const { port } = options;
  const queue: (Buffer | null)[] = [];
  let wantsMore = false;
  const stream = new Readable({
    read() {
      wantsMore = true;
      drain();
    },
  });
  const drain = () => {
    while (wantsMore && queue.length) {
      const next = queue.shift()!;
      if (next) port.postMessage("ack");
      wantsMore = stream.push(next);
    }
  };
  port.on("message", (message: PortMessage) => {
    if ("chunk" in message) queue.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength));
    else if ("end" in message) queue.push(null);
    else return void stream.destroy(new AppError("validation_failed", `The upload was interrupted: ${message.abort}.`));
    drain();
  });
  return stream;
}
