import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureEnvAdminToken } from "@/lib/auth/ensure-env-admin-token";
import { setEnv } from "@/lib/env";
import { IMAGES_DIR, webBaseUrl } from "./helpers";
import { withDeployedService } from "./serving-helpers";

// GET /metrics on a node and on web after real scores: Prometheus text with the request
// counters by route template and protocol, the per-step score histograms, the simulated
// latency, the jobs the deployment ran, the session cache of the inference thread, and
// the process's own metrics; protected like the API in token mode.

const state = withDeployedService();
let webUrl: string;

beforeAll(async () => {
  webUrl = await webBaseUrl();
});

const scrape = async (base: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}/metrics`, { headers });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};
/** The value of one series, found by its name and labels (in any order). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split("\n")) {
    const match = /^([\w:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe("GET /metrics", () => {
  it("shows, on the node, what its scores, jobs and inference thread did", async () => {
    const { svc, worker } = state;
    const dog = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
    for (let i = 0; i < 3; i++) {
      const scored = await fetch(svc.service.scoringUri, { method: "POST", body: new Uint8Array(dog), headers: { authorization: `Bearer ${svc.keys.primary}`, "content-type": "image/jpeg" } });
      expect(scored.status).toBe(200);
    }
    const refused = await fetch(svc.service.scoringUri, { method: "POST", body: new Uint8Array(dog), headers: { authorization: "Bearer wrong", "content-type": "image/jpeg" } });
    expect(refused.status).toBe(401);

    const { status, type, text } = await scrape(worker.scoringUrl!);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const route = { route: "/api/v1/service/:param/score", protocol: "scoring-uri", method: "POST" };
    expect(sample(text, "accel_requests_total", { ...route, status: "200" })).toBe(3);
    expect(sample(text, "accel_requests_total", { ...route, status: "401" })).toBe(1);
    for (const step of ["receive", "decode", "preprocess", "queue", "inference", "postprocess", "wait", "total"]) {
      expect(sample(text, "accel_score_step_seconds_count", { service: svc.name, step }), step).toBe(3);
    }
    expect(sample(text, "accel_score_step_seconds_bucket", { service: svc.name, step: "inference", le: "+Inf" })).toBe(3);
    expect(sample(text, "accel_score_simulated_seconds_count", { service: svc.name, profile: "arria10-pb6" })).toBe(3);
    expect(sample(text, "accel_service_score_errors_total", { service: svc.name, code: "invalid_key" })).toBe(1);
    // The deployment warmed the model (a load) and the scores found it (hits): counted in the inference thread.
    expect(sample(text, "accel_model_sessions_total", { event: "load" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "accel_model_sessions_total", { event: "hit" })).toBeGreaterThanOrEqual(3);
    expect(sample(text, "accel_job_duration_seconds_count", { task: "services-deploy", outcome: "success" })).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^# TYPE accel_job_queue_depth gauge$/m);
    expect(sample(text, "accel_process_cpu_seconds_total", {})).toBeGreaterThan(0);
    // Bounded labels: no series names a request id or an image.
    expect(text).not.toMatch(/request_?id|winml_dog/i);
  });

  it("counts web's own requests by route template, and refuses a scrape without a token in token mode", async () => {
    const { svc } = state;
    await fetch(`${webUrl}/api/v1/services/${svc.name}/score`, { method: "POST", body: new Uint8Array(await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"))), headers: { authorization: `Bearer ${svc.keys.primary}`, "content-type": "image/jpeg" } });
    const { status, text } = await scrape(webUrl);
    expect(status).toBe(200);
    expect(sample(text, "accel_requests_total", { route: "/api/v1/services/:param/score", protocol: "rest", method: "POST", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "accel_request_duration_seconds_count", { route: "/api/v1/services/:param/score", protocol: "rest" })).toBeGreaterThanOrEqual(1);

    setEnv({ AUTH_MODE: "token", ACCEL_ADMIN_TOKEN: "metrics-admin-token-0123456789" });
    await ensureEnvAdminToken("metrics-admin-token-0123456789");
    try {
      const anonymous = await scrape(webUrl);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text).code).toBe("unauthenticated");
      expect((await scrape(state.worker.scoringUrl!)).status).toBe(401);
      expect((await scrape(webUrl, { authorization: "Bearer metrics-admin-token-0123456789" })).status).toBe(200);
    } finally {
      setEnv({ AUTH_MODE: undefined, ACCEL_ADMIN_TOKEN: undefined });
    }
  });
});
