import type { Command } from "commander";
import { dataOf, type AccelClient } from "@/lib/client/api";
import { contextOf } from "../context";
import { followCompute, followConversion, followImage, followService } from "../follow";
import { note, print } from "../output";
import { batchingOf, convertModel } from "../steps";

// `accel deploy <model>`: the whole workflow in one command — convert, build the image,
// find a compute with a free FPGA (or provision one), deploy — each step followed to its
// end, so a failure stops the chain with that step's reason.

type Precision = "ms-fp8" | "ms-fp9" | "fp16" | "fp32";

/** Service and compute names are narrower than model names: lowercase, digits and '-'. */
export function slug(text: string, max: number): string {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+/g, "-");
  return cleaned.slice(0, max).replace(/-+$/, "") || "m";
}

export function registerDeploy(program: Command): void {
  program
    .command("deploy <model>")
    .description("Convert, build an image, find or provision a compute and deploy a model as a service")
    .option("--version <version>", "the model version (latest by default)")
    .option("--name <service>", "the service's name (from the model's by default)")
    .option("--precision <precision>", "ms-fp8, ms-fp9, fp16 or fp32", "ms-fp9")
    .option("--compute <name>", "deploy to this compute (by default one with a free FPGA, or a new one)")
    .option("--region <region>", "where a new compute goes", "eastus")
    .option("--auth", "require a service key (printed once)")
    .option("--max-batch-size <count>", "batch up to this many requests in one CPU inference (1, the default, is off; the model's batch dimension must be dynamic)")
    .option("--max-queue-delay-ms <ms>", "how long a batch waits for more requests (0–100)")
    .option("--wait", "wait until the service is Healthy")
    .action(async (model: string, options: { version?: string; name?: string; precision: Precision; compute?: string; region: "eastus" | "westus2" | "westeurope" | "southeastasia"; auth?: boolean; maxBatchSize?: string; maxQueueDelayMs?: string; wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      const service = options.name ?? `${slug(model, 27)}-svc`;
      const conversion = await convertModel(client, { model, precision: options.precision, version: options.version ? Number(options.version) : undefined });
      const converted = (await followConversion(client, conversion.id)).resultModel!;
      note(`converted: ${converted.name}:${converted.version}`);
      const requested = dataOf(await client.POST("/api/v1/images", { body: { name: `${service}-img`, model: converted.name, version: converted.version } }));
      const image = await followImage(client, requested.name, requested.version);
      note(`image: ${image.name}:${image.version}`);
      const compute = options.compute ?? (await freeCompute(client)) ?? (await newCompute(client, `${slug(service, 13)}-c`, options.region));
      note(`compute: ${compute}`);
      const created = dataOf(await client.POST("/api/v1/services", { body: { name: service, image: { name: image.name, version: image.version }, compute, authEnabled: Boolean(options.auth), ...batchingOf(options) } }));
      const deployed = options.wait ? { ...(await followService(client, service)), keys: created.keys } : created;
      print(output, deployed, () =>
        [`Service ${deployed.name}: ${deployed.state}`, `  scoring URI: ${deployed.scoringUri ?? "-"}`, `  gRPC: ${deployed.grpcAddress ?? "-"}`, ...(deployed.keys?.primary ? [`  primary key: ${deployed.keys.primary}`, `  secondary key: ${deployed.keys.secondary}`] : [])].join("\n"),
      );
    });
}

async function freeCompute(client: AccelClient): Promise<string | undefined> {
  const { items } = dataOf(await client.GET("/api/v1/computes"));
  return items.find((c) => c.state === "Succeeded" && c.nodes.some((n) => n.service === null))?.name;
}

async function newCompute(client: AccelClient, name: string, region: "eastus" | "westus2" | "westeurope" | "southeastasia"): Promise<string> {
  const existing = await client.GET("/api/v1/computes/{name}", { params: { path: { name } } });
  const unique = existing.response.ok ? `${name.slice(0, 11)}-${Math.random().toString(36).slice(2, 5)}` : name;
  dataOf(await client.POST("/api/v1/computes", { body: { name: unique, agentCount: 1, region } }));
  await followCompute(client, unique);
  return unique;
}
