import { readFileSync } from "node:fs";
import { processTree } from "./process-cpu";

// The memory of a started studio, by role: the launcher, web, the worker, and embedded
// Postgres (its postmaster and every backend). A Node process's RSS is its own; Postgres'
// backends each map the shared buffers, so their RSS summed would count those pages once
// per backend that touched them, and grow as backends warm their caches: the Postgres row
// is the sum of PSS (each shared page split among its users; /proc/<pid>/smaps_rollup).

export type RoleMemory = { role: string; processes: number; bytes: number; measure: "RSS" | "PSS" };

const ROLES = ["launcher", "web", "worker", "postgres"] as const;
const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended between listing and reading (a Postgres backend)
  }
}

const kB = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;

function roleOf(pid: number, root: number): string {
  if (pid === root) return "launcher";
  const command = read(`/proc/${pid}/cmdline`).split("\0").join(" ");
  if (/[/\\]web\.(mjs|ts)\b/.test(command)) return "web";
  if (/[/\\]worker\.(mjs|ts)\b/.test(command)) return "worker";
  if (read(`/proc/${pid}/comm`).trim() === "postgres" || /\bpostgres\b/.test(command)) return "postgres";
  return `other (${read(`/proc/${pid}/comm`).trim() || pid})`;
}

/** Memory of each role in the studio's process tree right now. */
export function studioMemory(root: number): RoleMemory[] {
  const byRole = new Map<string, RoleMemory>();
  for (const pid of processTree(root)) {
    const role = roleOf(pid, root);
    const measure = role === "postgres" ? "PSS" : "RSS";
    const bytes = measure === "PSS" ? kB(read(`/proc/${pid}/smaps_rollup`), "Pss") : kB(read(`/proc/${pid}/status`), "VmRSS");
    if (!bytes) continue;
    const entry = byRole.get(role) ?? { role, processes: 0, bytes: 0, measure };
    entry.processes++;
    entry.bytes += bytes;
    byRole.set(role, entry);
  }
  const rank = (role: string) => (ROLES.includes(role as (typeof ROLES)[number]) ? ROLES.indexOf(role as (typeof ROLES)[number]) : ROLES.length);
  return [...byRole.values()].sort((a, b) => rank(a.role) - rank(b.role));
}

/**
 * Each role's median over several samples: a Node process's RSS swings with its
 * garbage collections (web's by ±10% over a minute under this load), so one sample at
 * each end could show a growth, or hide one, that the trend would not.
 */
export function medianMemory(samples: RoleMemory[][]): RoleMemory[] {
  const roles = [...new Set(samples.flat().map((m) => m.role))];
  return roles.map((role) => {
    const of = samples.flatMap((sample) => sample.filter((m) => m.role === role));
    const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
    return { role, processes: middle(of.map((m) => m.processes)), bytes: middle(of.map((m) => m.bytes)), measure: of[0].measure };
  });
}

/** Prints each role's memory (MB) before the warm-up, at the start and at the end; returns each role's growth from start to end. */
export function printMemoryGrowth(before: RoleMemory[], start: RoleMemory[], end: RoleMemory[]) {
  const roles = [...new Set([...start, ...end].map((m) => m.role))];
  const find = (list: RoleMemory[], role: string) => list.find((m) => m.role === role);
  const growth: { role: string; growth: number }[] = [];
  console.log(`  ${"role".padEnd(16)}${"processes".padStart(10)}${"before".padStart(9)}${"start".padStart(9)}${"end".padStart(9)}${"growth".padStart(9)}`);
  for (const role of roles) {
    const [b, s, e] = [find(before, role), find(start, role), find(end, role)];
    const change = s && e ? (e.bytes - s.bytes) / s.bytes : NaN;
    if (s && e) growth.push({ role, growth: change });
    const processes = [s?.processes ?? 0, e?.processes ?? 0].join("→");
    console.log(`  ${role.padEnd(16)}${processes.padStart(10)}${(b ? MB(b.bytes) : "-").padStart(9)}${(s ? MB(s.bytes) : "-").padStart(9)}${(e ? MB(e.bytes) : "-").padStart(9)}${(Number.isNaN(change) ? "-" : `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)}%`).padStart(9)}`);
  }
  return growth;
}
