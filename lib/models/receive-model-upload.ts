import type { Readable } from "node:stream";
import { MessageChannel } from "node:worker_threads";
import { toStagedArtifact, type StagedArtifact } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";
import type { GraphSummary } from "@/lib/onnx";
import { runInModelThread } from "@/lib/threads/run-in-model-thread";
import { sendStreamToPort } from "@/lib/threads/send-stream-to-port";
import { fromThreadError } from "@/lib/threads/thread-error";

export type ModelUpload = {
  fields: Record<string, string>;
  staged: StagedArtifact;
  fileName: string;
  framework: "onnx" | "tensorflow";
  /** The graph, read while the file streamed in; rejects with invalid_model when it is not one. */
  inspection: Promise<GraphSummary>;
};

// Multipart framing and text fields ride on top of the file; allow for them.
const MULTIPART_OVERHEAD = 1024 * 1024;

/**
 * Receives a multipart model upload (`file` plus text fields) into a staging file. The
 * parsing and hashing run in a model thread (ingest-model-upload.ts); this side only
 * checks the headers and feeds it the body, with back-pressure. Nothing is left behind
 * on a failure, including a client that disconnects mid-upload.
 */
export async function receiveModelUpload(options: { body: Readable; contentType: string; contentLength?: number; maxBytes: number }): Promise<ModelUpload> {
  const { body, contentType, maxBytes } = options;
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("unsupported_media_type", "Send the model as multipart/form-data with a `file` part.");
  }
  if (options.contentLength !== undefined && options.contentLength > maxBytes + MULTIPART_OVERHEAD) {
    throw new AppError("payload_too_large", `The upload is larger than the limit of ${maxBytes} bytes.`, { limitBytes: maxBytes });
  }
  const { port1, port2 } = new MessageChannel();
  const ingesting = runInModelThread("ingestModelUpload", { port: port2, contentType, maxBytes }, [port2]);
  sendStreamToPort({ source: body, port: port1 });
  try {
    const { fields, fileName, framework, staged, inspection } = await ingesting;
    const summary = "summary" in inspection ? Promise.resolve(inspection.summary) : Promise.reject(fromThreadError(inspection.error));
    summary.catch(() => {}); // awaited by registration, after the fields are checked
    return { fields, fileName, framework, staged: toStagedArtifact(staged), inspection: summary };
  } finally {
    port1.close();
  }
}
