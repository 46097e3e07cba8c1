import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pack as createTarPack } from "tar-stream";

/**
 * A TF.js model folder (model.json + shards) as a .tar.gz in memory, for the CLI to
 * upload a folder path: the API takes one file. Only the folder's top-level files go in,
 * as registration reads model.json and the shards beside it.
 */
export async function archiveModelFolder(options: { dir: string }): Promise<Buffer> {
  const entries = await readdir(options.dir, { withFileTypes: true });
  const pack = createTarPack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const data = await readFile(path.join(options.dir, entry.name));
    await new Promise<void>((resolve, reject) => pack.entry({ name: entry.name, size: data.length }, data, (error) => (error ? reject(error) : resolve())));
  }
  pack.finalize();
  await collected;
  return gzipSync(Buffer.concat(chunks));
}
