import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

const STALE_AFTER_MS = 60 * 60 * 1000;

/** Removes the data folders of earlier e2e runs (an hour old or more), never this run's. */
export default async function globalSetup() {
  const base = path.resolve(".test-data");
  const current = path.resolve(process.env.E2E_DATA_DIR ?? "");
  const names = await readdir(base).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith("e2e-"))) {
    const dir = path.join(base, name);
    if (dir === current) continue;
    const info = await stat(dir).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(dir, { recursive: true, force: true });
  }
}
