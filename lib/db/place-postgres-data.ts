import { createHash } from "node:crypto";
import { chmod, mkdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { canAccessAs, type RunAs } from "./postgres-user";

export type PostgresDataPlace = { dataDir: string; isStaged: boolean };

// Written into DATA_DIR when the cluster lives elsewhere, so that deleting DATA_DIR —
// the README's reset — also forgets that cluster instead of silently reusing it.
const POINTER = "pg.location";

/**
 * Where the cluster of `dataDir` lives. Normally `dataDir` itself; as root, when the
 * `postgres` user cannot reach it (DATA_DIR under a 0700 home), a folder of its own
 * under `stageRoot`, named after DATA_DIR's real path, with a pointer file in DATA_DIR.
 */
export async function placePostgresData(options: { dataDir: string; runAs?: RunAs; stageRoot: string }): Promise<PostgresDataPlace> {
  const { dataDir, runAs } = options;
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (!runAs) return { dataDir, isStaged: false };
  // Our own DATA_DIR may be made traversable (not listable): mkdtemp and private umasks make it 0700.
  await chmod(parent, ((await stat(parent)).mode & 0o777) | 0o711);
  if (canAccessAs(runAs, parent, "x")) return { dataDir, isStaged: false };

  const key = createHash("sha256").update(await realpath(parent)).digest("hex").slice(0, 16);
  const staged = path.join(options.stageRoot, `data-${key}`, path.basename(dataDir));
  const pointer = path.join(parent, POINTER);
  const recorded = (await readFile(pointer, "utf8").catch(() => "")).trim();
  if (recorded !== staged) {
    // A cluster there without our pointer belongs to a DATA_DIR that was deleted.
    await rm(path.dirname(staged), { recursive: true, force: true });
    await mkdir(path.dirname(staged), { recursive: true, mode: 0o711 });
    await writeFile(pointer, `${staged}\n`);
  }
  await mkdir(options.stageRoot, { recursive: true, mode: 0o755 });
  await chmod(options.stageRoot, 0o755);
  await chmod(path.dirname(staged), 0o711);
  return { dataDir: staged, isStaged: true };
}
