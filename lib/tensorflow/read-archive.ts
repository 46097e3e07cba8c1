import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { unzipSync } from "fflate";
import { extract as createTarExtract } from "tar-stream";
import { AppError } from "@/lib/errors";

/** Kinds of archive an upload may be, from its first bytes: ZIP 'PK\3\4', gzip 1F 8B, or a tar's "ustar" at 257. */
export function archiveKind(bytes: Uint8Array): "zip" | "tar.gz" | "tar" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "tar.gz";
  if (Buffer.from(bytes.subarray(257, 262)).toString("latin1") === "ustar") return "tar";
  return null;
}

/**
 * The regular files of a .zip, .tar.gz or .tar, by their path inside it (normalised:
 * no leading "./"). Read whole into memory: a TF.js model is tens of MB, and its
 * weights are decoded into memory anyway.
 */
export async function readArchive(options: { bytes: Uint8Array }): Promise<Map<string, Uint8Array>> {
  const kind = archiveKind(options.bytes);
  if (kind === "zip") {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(options.bytes);
    } catch (error) {
      throw new AppError("invalid_model", `The ZIP archive cannot be read: ${(error as Error).message}`);
    }
    return new Map(Object.entries(entries).filter(([name]) => !name.endsWith("/")).map(([name, data]) => [clean(name), data]));
  }
  if (kind === "tar.gz" || kind === "tar") return readTar(options.bytes, kind === "tar.gz");
  throw new AppError("invalid_model", "Not a .zip, .tar.gz or .tar archive.");
}

async function readTar(bytes: Uint8Array, isGzip: boolean): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const extract = createTarExtract();
  try {
    const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
    const stream = isGzip ? source.pipe(createGunzip()) : source;
    stream.on("error", (error) => extract.destroy(error));
    stream.pipe(extract);
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      if (entry.header.type === "file") files.set(clean(entry.header.name), Buffer.concat(chunks));
    }
  } catch (error) {
    throw new AppError("invalid_model", `The tar archive cannot be read: ${(error as Error).message}`);
  }
  return files;
}

function clean(name: string): string {
  return name.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}
