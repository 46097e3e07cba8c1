import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { namedStagingPath, tmpDir } from "./paths";

export type HashedFileWriter = {
  /** Hashes and writes `part` before returning, so the caller may reuse its buffer at once. */
  write: (part: Uint8Array) => void;
  /** Closes the file: its staging path, sha256 and size, ready for toStagedArtifact. */
  finish: () => { tmpPath: string; digest: string; sizeBytes: number };
  /** Closes and removes the partial file. */
  abort: () => void;
};

/**
 * A staging file written synchronously, for a producer in a model thread that pushes
 * parts out of buffers it reuses (the converter). writeHashedFile takes a stream, whose
 * queue keeps every chunk alive until written; here each part is on disk before the
 * next is made, so memory stays at one buffer. Named by the caller (a job id), so a file
 * a killed attempt left behind is replaced; opened "wx" so nothing else is written over.
 */
export function createHashedFileWriter(options: { stagingName: string }): HashedFileWriter {
  mkdirSync(tmpDir(), { recursive: true });
  const tmpPath = namedStagingPath(options.stagingName);
  rmSync(tmpPath, { force: true });
  const fd = openSync(tmpPath, "wx");
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let isOpen = true;
  const close = () => {
    if (isOpen) closeSync(fd);
    isOpen = false;
  };
  return {
    write: (part) => {
      hash.update(part);
      for (let at = 0; at < part.length; ) at += writeSync(fd, part, at, part.length - at);
      sizeBytes += part.length;
    },
    finish: () => {
      close();
      return { tmpPath, digest: hash.digest("hex"), sizeBytes };
    },
    abort: () => {
      close();
      rmSync(tmpPath, { force: true });
    },
  };
}
