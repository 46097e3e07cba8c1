import { readdirSync, readFileSync } from "node:fs";

// CPU time of processes from /proc (Linux), so a bench can say which process spent a
// request's CPU: the load generator (process.cpuUsage) or the studio's web and worker.
// Clock ticks are 10 ms; over a run of a few hundred requests that is fine-grained enough.

const TICK_MS = 10;

function statOf(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** A process and all its descendants (the launcher, web, worker and Postgres). */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat) parents.set(Number(entry), Number(stat[1]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** User + system CPU of these processes so far, in ms (all their threads). */
export function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = statOf(pid);
    if (stat) ticks += Number(stat[11]) + Number(stat[12]);
  }
  return ticks * TICK_MS;
}
