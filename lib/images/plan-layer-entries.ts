import { stat } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { toJsonBytes } from "./oci-image-spec";
import type { TarEntry } from "./write-deterministic-tar";

export const LAYER_DIR = "model/";
export const RUNTIME_MANIFEST_FILE = "accel-runtime.json";

export type PlanLayerEntriesOptions = {
  modelPath: string;
  modelFileName: string;
  runtimeManifest: Record<string, unknown>;
  extraFiles?: Record<string, string>;
  refName: string;
};

export type LayerPlan = {
  entries: TarEntry[];
  /** The version part of `refName`, used as the image's tag. */
  tag: string;
  /** The bytes of file content the layer will hold (for progress). */
  payloadBytes: number;
};

// A file name inside model/: no path separators and no leading dot, so no entry can
// escape the folder or hide in it, whatever unpacks the layer.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
// annotations.md, org.opencontainers.image.ref.name grammar, narrowed to one component
// without ":" or "/": containers/image splits `oci-archive:PATH:TAG` at the first ":"
// after the path and matches TAG exactly against this annotation.
const TAG = /^[A-Za-z0-9]+(?:(?:[-._@+]|--)[A-Za-z0-9]+)*$/;

/**
 * Checks the names, stats the input files (their sizes go into the tar headers before
 * any content is streamed) and lists the layer's entries. Fails before anything is written.
 */
export async function planLayerEntries(options: PlanLayerEntriesOptions): Promise<LayerPlan> {
  const tag = parseTag(options.refName);
  const files: Record<string, string> = { ...options.extraFiles, [options.modelFileName]: options.modelPath };
  const names = [options.modelFileName, ...Object.keys(options.extraFiles ?? {})];
  for (const name of names) {
    if (!FILE_NAME.test(name)) {
      throw new AppError("validation_failed", `"${name}" is not a plain file name for the image layer.`, { fileName: name });
    }
    if (name === RUNTIME_MANIFEST_FILE) {
      throw new AppError("validation_failed", `"${RUNTIME_MANIFEST_FILE}" is reserved for the runtime manifest.`, { fileName: name });
    }
  }
  if (new Set(names).size !== names.length) {
    throw new AppError("validation_failed", `The model file name "${options.modelFileName}" is also an extra file's name.`, { fileName: options.modelFileName });
  }

  const runtimeBytes = toJsonBytes(options.runtimeManifest);
  const entries: TarEntry[] = [
    { name: LAYER_DIR, kind: "directory" },
    { name: LAYER_DIR + RUNTIME_MANIFEST_FILE, kind: "bytes", bytes: runtimeBytes },
  ];
  let payloadBytes = runtimeBytes.length;
  for (const [name, path] of Object.entries(files)) {
    const sizeBytes = await sizeOfFile(path, name);
    entries.push({ name: LAYER_DIR + name, kind: "file", path, sizeBytes });
    payloadBytes += sizeBytes;
  }
  return { entries, tag, payloadBytes };
}

function parseTag(refName: string): string {
  const colon = refName.lastIndexOf(":");
  const tag = refName.slice(colon + 1);
  if (colon < 1 || !TAG.test(tag)) {
    throw new AppError("validation_failed", `"${refName}" is not of the form name:version with an OCI tag as version.`, { refName });
  }
  return tag;
}

async function sizeOfFile(path: string, name: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError("validation_failed", `The source of "${name}" is not a regular file: ${path}`, { fileName: name });
    return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      // A 500 with a fixed public text: the path is in the message, which is only logged.
      throw new AppError("artifact_missing", `The file for "${name}" is missing: ${path}`, { fileName: name });
    }
    throw error;
  }
}
