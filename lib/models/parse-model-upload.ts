import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { writeHashedFile, type StagedArtifact } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";

export type ModelUpload = { fields: Record<string, string>; staged: StagedArtifact; fileName: string };

const ALLOWED_FIELDS = new Set(["name", "description", "tags"]);
// Multipart framing and text fields ride on top of the file; allow for them.
const MULTIPART_OVERHEAD = 1024 * 1024;

/**
 * Streams a multipart upload (`file` plus text fields) to a staging file while
 * hashing it. Refuses an oversize body while streaming, and leaves no file behind
 * on any failure, including a client that disconnects mid-upload.
 */
export async function parseModelUpload(options: { request: Request; maxBytes: number }): Promise<ModelUpload> {
  const { request, maxBytes } = options;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("unsupported_media_type", "Send the model as multipart/form-data with a `file` part.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) {
    throw new AppError("payload_too_large", `The upload is larger than the limit of ${maxBytes} bytes.`, { limitBytes: maxBytes });
  }
  if (!request.body) throw new AppError("missing_file", "The request has no body; attach the model as the `file` part.");

  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream);
  const parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fields: 10, fieldSize: 64 * 1024 } });
  const fields: Record<string, string> = {};
  let fileName = "model.onnx";
  let staging: Promise<StagedArtifact> | undefined;
  let failure: unknown;
  let fileStream: Readable | undefined;
  let isParsed = false;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const fail = (error: unknown) => {
    finish();
    failure ??= error;
    body.unpipe(parser);
    body.destroy();
    fileStream?.destroy(); // ends the staging pipeline, which removes the partial file
  };

  parser.on("field", (name, value) => {
    if (!ALLOWED_FIELDS.has(name)) fail(new AppError("unknown_field", `Unknown field "${name}". Allowed: file, ${[...ALLOWED_FIELDS].join(", ")}.`, { field: name }));
    else fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || staging) {
      stream.resume();
      fail(new AppError("unknown_field", staging ? "Send exactly one file." : `Unknown file part "${name}"; the model goes in the \`file\` part.`, { field: name }));
      return;
    }
    fileName = sanitizeFileName(info.filename) ?? fileName;
    fileStream = stream;
    staging = writeHashedFile({ source: stream, maxBytes });
    staging.catch((error) => fail(error));
  });
  parser.on("filesLimit", () => fail(new AppError("unknown_field", "Send exactly one file.")));

  parser.once("close", () => {
    isParsed = true;
    finish();
  });
  parser.once("error", (error) => fail(new AppError("validation_failed", `The multipart body could not be read: ${(error as Error).message}`)));
  body.once("error", (error) => fail(new AppError("validation_failed", `The upload was interrupted: ${error.message}`)));
  body.once("close", () => {
    if (!body.readableEnded) fail(new AppError("validation_failed", "The upload was interrupted before it completed."));
  });
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
  return { fields, staged, fileName };
}

function sanitizeFileName(name: string | undefined): string | undefined {
  const base = name?.split(/[\\/]/).pop()?.replace(/[^\w.+-]/g, "_");
  return base && base.length <= 255 ? base : undefined;
}
