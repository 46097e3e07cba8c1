import { SingleBar } from "cli-progress";
import { CliError } from "./errors";

// `--wait`: follows a resource until it settles, showing its progress — a bar on a
// terminal, a line per change otherwise (CI logs, pipes) — and fails with the resource's
// own reason when it ends badly. Nothing is printed to stdout, which --json keeps clean.

type Snapshot = { state: string; progress?: number; error?: string | null };
const POLL_MS = 500;

export async function waitFor<T extends Snapshot>(options: {
  label: string;
  read: () => Promise<T>;
  done: string[];
  failed: string[];
  /** Shown after the state, e.g. bytes moved; a change of it alone prints no new line. */
  detail?: (current: T) => string;
  timeoutMs?: number;
}): Promise<T> {
  const isTty = Boolean(process.stderr.isTTY);
  const bar = isTty ? new SingleBar({ format: `${options.label} [{bar}] {percentage}% {state}{detail}`, stream: process.stderr, hideCursor: true }) : null;
  bar?.start(100, 0, { state: "", detail: "" });
  let last = "";
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const until = Date.now() + timeoutMs;
  try {
    for (;;) {
      const current = await options.read();
      const percent = Math.round((current.progress ?? (options.done.includes(current.state) ? 1 : 0)) * 100);
      const detail = options.detail?.(current) || "";
      if (bar) bar.update(percent, { state: current.state, detail: detail && ` ${detail}` });
      else if (`${current.state} ${percent}` !== last) process.stderr.write(`${options.label}: ${current.state} ${percent}%${detail && ` ${detail}`}\n`);
      last = `${current.state} ${percent}`;
      if (options.done.includes(current.state)) return current;
      if (options.failed.includes(current.state)) throw new CliError(`${options.label} ended ${current.state}${current.error ? `: ${current.error}` : ""}`);
      if (Date.now() > until) throw new CliError(`${options.label} is still ${current.state} after ${Math.round(timeoutMs / 1000)} s`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    bar?.stop();
  }
}
