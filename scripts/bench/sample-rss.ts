import { readFileSync } from "node:fs";

/** Samples a process's resident set every 20 ms (/proc/<pid>/status VmRSS) and keeps the peak. */
export function sampleRss(pid: number) {
  const read = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  const before = read();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 20);
  return {
    stop: () => {
      clearInterval(timer);
      return { before, peak: Math.max(peak, read()) };
    },
  };
}
