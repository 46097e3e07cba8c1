import type { Readable } from "node:stream";
import type { MessagePort } from "node:worker_threads";
import busboy from "busboy";
// From the files, not the index: the index also loads the database client, which this thread never needs.
import type { StagedArtifact } from "@/lib/artifacts/staged-artifact";
import { writeHashedFile } from "@/lib/artifacts/write-hashed-file";
import { AppError, isAppError } from "@/lib/errors";
import { summarizeSlimModel } from "@/lib/onnx/read-onnx-summary";
import { createOnnxSlimmer, type OnnxSlimmer } from "@/lib/onnx/slim-onnx-stream";
import type { GraphSummary } from "@/lib/onnx/types";
import { detectModelForm, type ModelForm } from "@/lib/tensorflow/detect-model-form";
import { readTensorflowSummary } from "@/lib/tensorflow/read-tensorflow-summary";
import { receiveStreamFromPort } from "@/lib/threads/receive-stream-from-port";
import { toThreadError, type ThreadError } from "@/lib/threads/thread-error";

export type IngestedUpload = {
  fields: Record<string, string>;
  fileName: string;
  staged: { tmpPath: string; digest: string; sizeBytes: number };
  /** onnx, or tensorflow for a frozen GraphDef .pb or an archived TF.js graph model (lib/tensorflow). */
  framework: "onnx" | "tensorflow";
  /** The graph, read in the same pass as the hash; or why the file is not a usable model. */
  inspection: { summary: GraphSummary } | { error: ThreadError };
};

const ALLOWED_FIELDS = new Set(["name", "description", "tags", "task"]);

/**
 * Runs in a model thread (receive-model-upload.ts sends the body): parses the multipart
 * upload (`file` plus text fields) and streams the file to a staging file while hashing
 * it, and reads the ONNX graph from the same bytes as they pass (slim-onnx-stream.ts), so
 * the file is never read twice nor held whole. Parsing, hashing and inspecting 100 MB
 * cost about a second of CPU; here it runs at the pool's lower priority instead of on
 * web's event loop, so scoring does not wait behind it. Refuses an oversize file while
 * streaming, and leaves no file behind on any failure.
 */
export async function ingestModelUpload(options: { port: MessagePort; contentType: string; maxBytes: number }): Promise<IngestedUpload> {
  const body = receiveStreamFromPort({ port: options.port });
  try {
    return await parseParts({ body, contentType: options.contentType, maxBytes: options.maxBytes });
  } finally {
    body.destroy();
    // Closing tells the sender to stop reading the request, whatever the outcome.
    options.port.close();
  }
}

async function parseParts(options: { body: Readable; contentType: string; maxBytes: number }): Promise<IngestedUpload> {
  const { body, maxBytes } = options;
  const parser = busboy({ headers: { "content-type": options.contentType }, limits: { files: 1, fields: 10, fieldSize: 64 * 1024 } });
  const fields: Record<string, string> = {};
  let fileName = "model.onnx";
  let staging: Promise<StagedArtifact> | undefined;
  let failure: unknown;
  let fileStream: Readable | undefined;
  let slimmer: OnnxSlimmer | undefined;
  let form: ModelForm = "onnx";
  let isParsed = false;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const fail = (error: unknown) => {
    finish();
    failure ??= error;
    body.unpipe(parser);
    parser.destroy(); // no part may start after a failure: it would stage a file nobody removes
    fileStream?.destroy(); // ends the staging pipeline, which removes the partial file
  };

  parser.on("field", (name, value) => {
    if (!ALLOWED_FIELDS.has(name)) fail(new AppError("unknown_field", `Unknown field "${name}". Allowed: file, ${[...ALLOWED_FIELDS].join(", ")}.`, { field: name }));
    else fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (failure) return void stream.resume();
    if (name !== "file" || staging) {
      stream.resume();
      fail(new AppError("unknown_field", staging ? "Send exactly one file." : `Unknown file part "${name}"; the model goes in the \`file\` part.`, { field: name }));
      return;
    }
    fileName = sanitizeFileName(info.filename) ?? fileName;
    fileStream = stream;
    // The first chunk settles the form (a name, or an archive's magic bytes); only an ONNX
    // file is read as it streams: a TensorFlow one is read from the staged file after.
    let isFirst = true;
    staging = writeHashedFile({
      source: stream,
      maxBytes,
      onChunk: (chunk) => {
        if (isFirst) {
          isFirst = false;
          form = detectModelForm({ fileName, head: chunk });
          if (form === "onnx") slimmer = createOnnxSlimmer();
        }
        slimmer?.write(chunk);
      },
    });
    staging.catch((error) => fail(error));
  });
  parser.on("filesLimit", () => fail(new AppError("unknown_field", "Send exactly one file.")));
  parser.once("close", () => {
    isParsed = true;
    finish();
  });
  parser.once("error", (error) => fail(new AppError("validation_failed", `The multipart body could not be read: ${(error as Error).message}`)));
  body.once("error", (error) => fail(isAppError(error) ? error : new AppError("validation_failed", `The upload was interrupted: ${error.message}`)));
  body.pipe(parser);
  await finished;

  // The body ended before the multipart did: the client went away mid-upload.
  if (!isParsed) fail(failure ?? new AppError("validation_failed", "The upload ended before the multipart body was complete."));
  const staged = await staging?.catch(() => undefined);
  if (failure || !staged) {
    await staged?.discard();
    if (failure) throw failure;
    throw new AppError("missing_file", "No file was attached; send the model in the `file` part.");
  }
  if (staged.sizeBytes === 0) {
    await staged.discard();
    throw new AppError("empty_file", "The uploaded file is empty.");
  }
  const framework = form === "onnx" ? "onnx" : "tensorflow";
  // An unexpected failure (not a verdict on the file) must not leave the staged file behind either.
  const inspection = await inspect(form === "onnx" ? { slimmer: slimmer! } : { path: staged.tmpPath, form }).catch(async (error: unknown) => {
    await staged.discard();
    throw error;
  });
  return { fields, fileName, framework, staged: { tmpPath: staged.tmpPath, digest: staged.digest, sizeBytes: staged.sizeBytes }, inspection };
}

async function inspect(from: { slimmer: OnnxSlimmer } | { path: string; form: "tf-graphdef" | "tf-archive" }): Promise<IngestedUpload["inspection"]> {
  try {
    if ("path" in from) return { summary: await readTensorflowSummary(from) };
    return { summary: summarizeSlimModel({ slim: from.slimmer.finish() }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { error: toThreadError(error) };
  }
}

function sanitizeFileName(name: string | undefined): string | undefined {
  const base = name?.split(/[\\/]/).pop()?.replace(/[^\w.+-]/g, "_");
  return base && base.length <= 255 ? base : undefined;
}
