import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { dataOf, type components } from "@/lib/client/api";
import { contextOf } from "../context";
import { print } from "../output";

type Score = components["schemas"]["Score"];

// `accel score <service|model> <image…>`: each image's top-5 (or a detector's boxes) and where its time went —
// measured on the node's CPU beside the simulated FPGA.

export function registerScore(program: Command): void {
  program
    .command("score <target> <images...>")
    .description("Score images with a service (or, with --model, a model version): top-5 (a detector's boxes) and the latency breakdown")
    .option("--model", "the target is a model, not a service")
    .option("--version <version>", "with --model: the version (latest by default)", "latest")
    .option("--key <key>", "the service's key, when it has auth on (or ACCEL_SERVICE_KEY)")
    .action(async (target: string, images: string[], options: { model?: boolean; version: string; key?: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const key = options.key ?? process.env.ACCEL_SERVICE_KEY;
      const results: (Score & { image: string })[] = [];
      for (const image of images) {
        const body = await readFile(image);
        const request = { body: body as never, bodySerializer: (b: unknown) => b as Buffer, headers: { "content-type": "application/octet-stream" } };
        const scored: Score = options.model
          ? dataOf(await client.POST("/api/v1/models/{name}/versions/{version}/score", { ...request, params: { path: { name: target, version: options.version === "latest" ? "latest" : Number(options.version) } } }))
          : dataOf(await client.POST("/api/v1/services/{name}/score", { ...request, params: { path: { name: target } }, headers: { ...request.headers, ...(key ? { "x-service-key": key } : {}) } }));
        results.push({ image: path.basename(image), ...scored });
      }
      print(output, results.length === 1 ? results[0] : results, () => results.map(describe).join("\n\n"));
    });
}

function describe(result: Score & { image: string }): string {
  const t = result.timings;
  const simulated = result.simulated.map((s) => `${s.profile} ${s.totalMs.toFixed(3)} ms (device ${s.deviceMs.toFixed(3)}, host ${s.hostMs.toFixed(3)}, transfers ${(s.transferInMs + s.transferOutMs).toFixed(3)})`);
  return [
    `${result.image} — ${result.model.name}:${result.model.version}`,
    ...result.top.map((c, i) => `  ${i + 1}. ${c.label.padEnd(28)} ${(c.probability * 100).toFixed(2)}%`),
    // A detector: each box as label, score and where it is in the image (pixels).
    ...(result.detections ?? []).map((d, i) => `  ${i + 1}. ${d.label.padEnd(20)} ${(d.score * 100).toFixed(1).padStart(5)}%  at x ${Math.round(d.box.x)}, y ${Math.round(d.box.y)}, ${Math.round(d.box.width)}×${Math.round(d.box.height)}`),
    ...(result.task === "detection" && !result.detections?.length ? ["  nothing detected above the score threshold"] : []),
    `  measured (CPU): decode ${t.decodeMs.toFixed(2)} + preprocess ${t.preprocessMs.toFixed(2)} + inference ${t.inferenceMs.toFixed(2)} + postprocess ${t.postprocessMs.toFixed(2)} ms; server ${t.serverMs.toFixed(2)} ms`,
    ...simulated.map((line) => `  simulated FPGA: ${line}`),
  ].join("\n");
}
