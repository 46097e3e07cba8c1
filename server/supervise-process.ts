import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

// Keeps one child process (web or worker) running: a crash is logged and the process
// started again after a back-off, while the launcher's other children keep serving.
// Hand-written rather than pm2 or forever: those are daemons with their own CLI and
// state files; the launcher needs ~100 lines that restart a child in place, stop
// children in order, and give up cleanly on a crash loop.

export type SuperviseOptions = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: (line: string) => void;
  /** Called once when the child keeps crashing right after it starts: the caller stops everything. */
  onGiveUp: (reason: string) => void;
  /** First back-off; doubles after each fast crash up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A child that exits sooner than this after starting has crashed "fast". */
  fastCrashMs?: number;
  /** Give up after this many fast crashes in a row. */
  maxFastCrashes?: number;
};

export type SupervisedProcess = {
  /** The running child's pid, if one is running. */
  pid: () => number | undefined;
  restarts: () => number;
  /** SIGTERM, then SIGKILL after `graceMs`; no restart follows. */
  stop: (graceMs?: number) => Promise<void>;
};

export function superviseProcess(options: SuperviseOptions): SupervisedProcess {
  const { name, log } = options;
  const initialDelayMs = options.initialDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 15_000;
  const fastCrashMs = options.fastCrashMs ?? 30_000;
  const maxFastCrashes = options.maxFastCrashes ?? 5;
  let child: ChildProcess | undefined;
  let isStopping = false;
  let restarts = 0;
  let fastCrashes = 0;
  let pending: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = Date.now();
    // Not detached: a session of its own would also be a scheduler autogroup of its own
    // (Linux's default), and CPU is then shared evenly between groups whatever the threads'
    // nice values — the model thread's lower priority would stop favouring scoring. A
    // Ctrl-C at the terminal therefore reaches the children too; they stop, and the
    // restart that would follow is cancelled by the launcher's own stop (it waits ≥ 1 s).
    // The IPC channel closes when the launcher dies, however it dies, and the child exits
    // on that instead of lingering as an orphan.
    const current = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
    child = current;
    relayLines(name, current.stdout, process.stdout);
    relayLines(name, current.stderr, process.stderr);
    // A failed spawn (EACCES, ENOENT) emits 'error' and then 'close'; one line, no stack.
    current.once("error", (error) => log(`could not start ${name}: ${error.message}`));
    current.once("close", (code, signal) => {
      if (child === current) child = undefined;
      if (isStopping) return;
      const ranMs = Date.now() - startedAt;
      fastCrashes = ranMs < fastCrashMs ? fastCrashes + 1 : 1;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (fastCrashes >= maxFastCrashes) {
        options.onGiveUp(`${name} ${how}; it crashed ${fastCrashes} times in a row within ${fastCrashMs / 1000} s of starting, so the studio is giving up`);
        return;
      }
      const delayMs = Math.min(initialDelayMs * 2 ** (fastCrashes - 1), maxDelayMs);
      restarts++;
      log(`${name} ${how} after ${(ranMs / 1000).toFixed(1)} s; restarting it in ${(delayMs / 1000).toFixed(1)} s (restart ${restarts})`);
      pending = setTimeout(start, delayMs);
    });
  };
  start();

  return {
    pid: () => child?.pid,
    restarts: () => restarts,
    stop: (graceMs = 25_000) => {
      isStopping = true;
      clearTimeout(pending);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => current.kill("SIGKILL"), graceMs);
        current.once("close", () => {
          clearTimeout(kill);
          resolve();
        });
        current.kill("SIGTERM");
      });
    },
  };
}

/** Whole lines, each tagged with the child's name, so interleaved output stays readable. */
function relayLines(name: string, from: Readable | null, to: NodeJS.WriteStream) {
  // A JSON log line (production) stays a JSON line for a log shipper: it names its process itself.
  if (from) createInterface({ input: from, crlfDelay: Infinity }).on("line", (line) => to.write(line.startsWith("{") ? `${line}\n` : `[${name}] ${line}\n`));
}
