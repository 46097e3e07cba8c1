import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { withDeployedService } from "./serving-helpers";

// Issue 8's "done when": a script that knows only the wire facts scores winml_dog.jpg
// over gRPC as Azure's PredictionClient.score_file did, and gets golden retriever first.

const ROOT = path.resolve(import.meta.dirname, "..");
const deployed = withDeployedService();

const run = (args: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/score-grpc.ts", ...args], { cwd: ROOT });

describe("npm run score:grpc", () => {
  it("prints golden retriever first for winml_dog.jpg through the metadata route with the key", async () => {
    const { svc } = deployed;
    const { stdout } = await run([`--address=${svc.service.grpcAddress}`, `--service=${svc.name}`, `--key=${svc.keys.primary}`]);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${svc.name} over gRPC in [\\d.]+ ms:$`));
    expect(lines[1]).toMatch(/%\s+Golden Retriever$/);
    expect(lines).toHaveLength(6);
  });

  it("says PERMISSION_DENIED and exits 1 with a wrong key", async () => {
    const { svc } = deployed;
    const failure = await run([`--address=${svc.service.grpcAddress}`, `--service=${svc.name}`, "--key=wrong"]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^PERMISSION_DENIED: /);
  });
});
