import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { protocolOf, routeLabel } from "@/lib/metrics/route-label";

// Structured logs: in production every line is JSON, and every line written while a
// request is served — the handler's own, after awaits, and the pipeline's 5xx line —
// carries the request's id, the one its problem answer carries (taken from x-request-id
// when the caller sent a plain one).

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");

async function logOneRequest(requestId: string) {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "tests/fixtures/log-one-request.ts", requestId], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ACCEL_PROCESS: "web" } });
  const all = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  // The fixture's own print of the answer may come before pino's lines (they are written asynchronously).
  const { answer } = all.find((line) => "answer" in line) as { answer: { requestId: string; status: number; code: string } };
  return { lines: all.filter((line) => !("answer" in line)), answer };
}

describe("structured logs", () => {
  it("writes JSON lines that all carry the request's id, the one its problem answer gives", async () => {
    const { lines, answer } = await logOneRequest("");
    expect(answer).toMatchObject({ status: 500, code: "internal" });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => [l.component, l.level, l.msg])).toEqual([
      ["fixture", 30, "handling the request"],
      ["fixture", 40, "still the same request after an await"],
      ["api", 50, "GET /api/v1/things → 500 internal"],
    ]);
    for (const line of lines) expect(line).toMatchObject({ requestId: answer.requestId, process: "web", pid: expect.any(Number), time: expect.any(Number) });
    expect((lines[2].err as { message: string }).message).toBe("something broke");
  });

  it("keeps the caller's x-request-id", async () => {
    const { lines, answer } = await logOneRequest("edge-42");
    expect(answer.requestId).toBe("edge-42");
    expect(lines.every((l) => l.requestId === "edge-42")).toBe(true);
  });
});

describe("metric labels", () => {
  it("turn paths into bounded route templates and name the protocol", () => {
    expect(routeLabel("/api/v1/models/squeezenet/versions/3/score")).toBe("/api/v1/models/:param/versions/:param/score");
    expect(routeLabel("/api/v1/service/my-svc/score")).toBe("/api/v1/service/:param/score");
    expect(routeLabel("/v1/models/my-svc:predict")).toBe("/v1/models/:param:predict");
    expect(routeLabel("/v1/models/a-b-c:nonsense")).toBe("/v1/models/:param");
    expect(routeLabel("/tensorflow.serving.PredictionService/Predict")).toBe("/tensorflow.serving.PredictionService/Predict");
    expect(routeLabel("/" + "x/".repeat(50))).toBe(`/${Array(11).fill(":param").join("/")}`);
    expect([protocolOf("/api/v1/service/s/score"), protocolOf("/api/v1/models"), protocolOf("/v1/models/s:predict"), protocolOf("/v2/models/s/infer"), protocolOf("/inference.GRPCInferenceService/ModelInfer"), protocolOf("/tensorflow.serving.PredictionService/Predict")]).toEqual(["scoring-uri", "rest", "tf-serving-rest", "v2-rest", "v2-grpc", "tf-serving-grpc"]);
  });
});
