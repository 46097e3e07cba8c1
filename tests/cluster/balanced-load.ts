import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { isReady } from "./worker-process";

// Steady scoring load through a client-side balancer that does what a Kubernetes Service
// does with readiness probes: requests go round-robin to the nodes whose
// /v2/health/ready answered 200 at the last probe (every 200 ms). Each outcome is kept with
// its time, so a test can say where errors fell.

/** `at` when the request was sent, `end` when it was answered or failed. */
export type Outcome = { at: number; end: number; ok: boolean; node: string; target: string; error?: string };

export function startBalancedLoad(options: { targets: () => string[]; path: string; body: Buffer; concurrency: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const outcomes: Outcome[] = [];
  let healthy: string[] = [];
  let stopped = false;
  let turn = 0;
  const probe = async () => {
    while (!stopped) {
      const targets = options.targets();
      const results = await Promise.all(targets.map(async (t) => ((await isReady(t)) ? t : null)));
      healthy = results.filter((t): t is string => t !== null);
      await sleep(200);
    }
  };
  const send = (target: string) =>
    new Promise<Omit<Outcome, "end">>((resolve) => {
      const at = Date.now();
      const request = http.request(`${target}${options.path}`, { method: "POST", agent, headers: { "content-type": "application/octet-stream", "content-length": options.body.length } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.once("end", () => {
          const text = Buffer.concat(chunks).toString();
          if (response.statusCode === 200) resolve({ at, ok: true, node: JSON.parse(text).service?.node ?? "?", target });
          else resolve({ at, ok: false, node: "", target, error: `${response.statusCode} ${text.slice(0, 300)}` });
        });
        response.once("error", (e) => resolve({ at, ok: false, node: "", target, error: e.message }));
      });
      request.once("error", (e) => resolve({ at, ok: false, node: "", target, error: e.message }));
      request.end(options.body);
    });
  const loop = async () => {
    while (!stopped) {
      const pool = healthy;
      if (pool.length === 0) {
        await sleep(20);
        continue;
      }
      outcomes.push({ ...(await send(pool[turn++ % pool.length])), end: Date.now() });
    }
  };
  const running = Promise.all([probe(), ...Array.from({ length: options.concurrency }, loop)]);
  return {
    outcomes,
    /** Resolves once `n` more requests have completed. */
    waitFor: async (n: number) => {
      const until = outcomes.length + n;
      while (outcomes.length < until) await sleep(20);
    },
    stop: async () => {
      stopped = true;
      await running;
      agent.destroy();
    },
  };
}
