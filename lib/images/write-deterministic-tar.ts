import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rm } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pack as createTarPack, type Pack } from "tar-stream";

/** One entry: a directory, a small in-memory file, or a file streamed from disk. */
export type TarEntry =
  | { name: string; kind: "directory" }
  | { name: string; kind: "bytes"; bytes: Buffer }
  | { name: string; kind: "file"; path: string; sizeBytes: number };

export type WriteDeterministicTarOptions = {
  entries: TarEntry[];
  /** Every entry's mtime (whole seconds are kept): no clock reading reaches the bytes. */
  mtime: Date;
  /** Created exclusively ("wx"); removed again if the write fails. */
  outPath: string;
  /** Aborting stops the write; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Sees the size of every chunk on its way to the file; a throw fails the write. */
  onBytes?: (bytes: number) => void;
};

export type WrittenTar = { sha256: string; sizeBytes: number };

const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;

/**
 * Streams `entries` as a tar file while hashing it, holding at most a few chunks in
 * memory whatever the size of the files. Entries are written in code-point order of
 * their names with fixed owner, mode and mtime, so the same inputs give the same bytes.
 */
export async function writeDeterministicTar(options: WriteDeterministicTarOptions): Promise<WrittenTar> {
  const { outPath, signal, onBytes } = options;
  const entries = [...options.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      try {
        onBytes?.(chunk.length);
      } catch (error) {
        // Thrown inside a stream callback it would be uncaught; fail the write instead.
        callback(error as Error);
        return;
      }
      callback(null, chunk);
    },
  });

  signal?.throwIfAborted();
  // "wx": only a file this call created is this call's to remove.
  const file = await open(outPath, "wx");
  const pack = createTarPack();
  // Both sides can fail first (a source file vanishes, the disk fills): keep the first cause.
  let firstError: unknown;
  const fail = (error: unknown) => {
    firstError ??= error;
    pack.destroy(error as Error);
  };
  const onAbort = () => fail(signal?.reason);
  const writing = pipeline(pack, meter, file.createWriteStream()).catch(fail);
  const adding = addEntries({ pack, entries, mtime: options.mtime }).catch(fail);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (signal?.aborted) onAbort();
    await Promise.all([writing, adding]);
    if (firstError !== undefined) throw firstError;
    return { sha256: hash.digest("hex"), sizeBytes };
  } catch (error) {
    await rm(outPath, { force: true });
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

async function addEntries(options: { pack: Pack; entries: TarEntry[]; mtime: Date }): Promise<void> {
  const { pack, entries, mtime } = options;
  for (const entry of entries) {
    // uid/gid 0 and empty user/group names: the build machine's accounts stay out of the bytes.
    const header = { name: entry.name, mtime, uid: 0, gid: 0, uname: "", gname: "" };
    if (entry.kind === "directory") {
      await addEntry((done) => pack.entry({ ...header, type: "directory", mode: DIRECTORY_MODE }, done));
    } else if (entry.kind === "bytes") {
      await addEntry((done) => pack.entry({ ...header, type: "file", mode: FILE_MODE }, entry.bytes, done));
    } else {
      await addEntry((done) => {
        const sink = pack.entry({ ...header, type: "file", mode: FILE_MODE, size: entry.sizeBytes }, done);
        // The entry's sink applies backpressure through the pack, so the file is read no
        // faster than the archive is written. A file that changed size since it was
        // stat'ed fails the entry ("Size mismatch") rather than corrupting the tar.
        pipeline(createReadStream(entry.path), sink).catch(done);
      });
    }
  }
  pack.finalize();
}

/** Resolves once tar-stream reports the entry written (or fails it). */
function addEntry(start: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let isSettled = false;
    const done = (error?: Error | null) => {
      if (isSettled) return;
      isSettled = true;
      if (error) reject(error);
      else resolve();
    };
    try {
      start(done);
    } catch (error) {
      // pack.entry throws when the pack was already destroyed by a failure elsewhere.
      done(error as Error);
    }
  });
}
