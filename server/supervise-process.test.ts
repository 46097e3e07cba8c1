import { describe, expect, it } from "vitest";
import { superviseProcess, type SuperviseOptions } from "./supervise-process";

// Real child processes (node -e …): what a crashed web or worker looks like to the launcher.

const LONG_RUNNING = ["-e", "setInterval(() => {}, 1000)"];
const CRASHES_AT_ONCE = ["-e", "process.exit(3)"];

function supervise(args: string[], overrides: Partial<SuperviseOptions> = {}) {
  const lines: string[] = [];
  let gaveUp: string | undefined;
  const child = superviseProcess({
    name: "worker",
    command: process.execPath,
    args,
    env: process.env,
    cwd: process.cwd(),
    log: (line) => lines.push(line),
    onGiveUp: (reason) => (gaveUp = reason),
    initialDelayMs: 50,
    maxDelayMs: 400,
    fastCrashMs: 5_000,
    maxFastCrashes: 4,
    ...overrides,
  });
  return { child, lines, gaveUp: () => gaveUp };
}

describe("superviseProcess", () => {
  it("restarts a child killed with -9, and stop() ends it for good", async () => {
    const { child, lines } = supervise(LONG_RUNNING);
    await expect.poll(() => child.pid()).toBeDefined();
    const first = child.pid()!;
    process.kill(first, "SIGKILL");
    await expect.poll(() => child.pid(), { timeout: 10_000 }).not.toBe(first);
    await expect.poll(() => child.pid()).toBeDefined();
    expect(child.restarts()).toBe(1);
    expect(lines[0]).toMatch(/^worker was killed by SIGKILL after \d+\.\d s; restarting it in 0\.1 s \(restart 1\)$/);
    const second = child.pid()!;
    await child.stop();
    expect(() => process.kill(second, 0)).toThrow(); // gone, and not restarted
    await new Promise((r) => setTimeout(r, 200));
    expect(child.pid()).toBeUndefined();
  });

  it("backs off after each fast crash, then gives up", async () => {
    const { lines, gaveUp } = supervise(CRASHES_AT_ONCE);
    await expect.poll(gaveUp, { timeout: 10_000 }).toBeDefined();
    expect(lines.map((l) => /restarting it in (\S+) s/.exec(l)?.[1])).toEqual(["0.1", "0.1", "0.2"]);
    expect(gaveUp()).toMatch(/worker exited with code 3; it crashed 4 times in a row within 5 s of starting/);
  });

  it("reports a child that cannot be spawned in one line, and treats it as a crash", async () => {
    const { lines, gaveUp } = supervise([], { command: "/nonexistent/node", maxFastCrashes: 2 });
    await expect.poll(gaveUp, { timeout: 10_000 }).toBeDefined();
    expect(lines[0]).toBe("could not start worker: spawn /nonexistent/node ENOENT");
    expect(lines.every((l) => !l.includes("\n"))).toBe(true);
  });
});
