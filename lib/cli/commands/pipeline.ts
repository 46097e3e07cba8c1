import type { Command } from "commander";
import { dataOf } from "@/lib/client/api";
import { contextOf } from "../context";
import { followCompute, followConversion, followImage, followService } from "../follow";
import { print, table } from "../output";
import { batchingOf, convertModel } from "../steps";

// convert, images, computes and services: each step of the workflow on its own, with
// --wait to follow it to its end.

type Precision = "ms-fp8" | "ms-fp9" | "fp16" | "fp32";

export function registerPipeline(program: Command): void {
  program
    .command("convert <model>")
    .description("Convert a model: a TensorFlow graph to ONNX, an ONNX model for the NPU (its graph inputs and outputs unless --input/--output)")
    .option("--version <version>", "the model version (latest by default)")
    .option("--precision <precision>", "ms-fp8, ms-fp9, fp16 or fp32", "ms-fp9")
    .option("--input <tensor...>", "input tensor names")
    .option("--output <tensor...>", "output tensor names")
    .option("--name <resultName>", "the converted model's name")
    .option("--target <target>", "onnx (TensorFlow models) or accel-onnx (ONNX models); from the model's framework by default")
    .option("--input-shape <tensor=dims...>", "TensorFlow inputs whose shape the graph leaves open, e.g. image=1,300,300,3")
    .option("--wait", "follow the conversion to its end")
    .action(async (model: string, options: { version?: string; precision: Precision; input?: string[]; output?: string[]; name?: string; target?: "onnx" | "accel-onnx"; inputShape?: string[]; wait?: boolean }, command: Command) => {
      const context = await contextOf(command);
      const conversion = await convertModel(context.client, { model, ...options, version: options.version ? Number(options.version) : undefined });
      const result = options.wait ? await followConversion(context.client, conversion.id) : conversion;
      print(context.output, result, () => `Conversion ${result.id}: ${result.state}${result.resultModel ? ` → ${result.resultModel.name}:${result.resultModel.version}` : ""}`);
    });

  const images = program.command("images").description("FPGA images");
  images
    .command("create <name>")
    .description("Build an image of one converted model")
    .requiredOption("--model <model>", "the converted model")
    .requiredOption("--version <version>", "its version")
    .option("--wait", "follow the build to its end")
    .action(async (name: string, options: { model: string; version: string; wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      let image = dataOf(await client.POST("/api/v1/images", { body: { name, model: options.model, version: Number(options.version) } }));
      if (options.wait) image = await followImage(client, image.name, image.version);
      print(output, image, () => `Image ${image.name}:${image.version}: ${image.state}`);
    });
  images
    .command("list")
    .description("List image versions")
    .action(async (_options, command: Command) => {
      const { client, output } = await contextOf(command);
      const list = dataOf(await client.GET("/api/v1/images"));
      print(output, list, () => table([["NAME", "VERSION", "STATE", "MODEL"], ...list.items.map((i) => [i.name, String(i.version), i.state, `${i.model.name}:${i.model.version}`])]));
    });
  images
    .command("delete <name>")
    .description("Delete an image version")
    .requiredOption("--version <version>", "the version")
    .action(async (name: string, options: { version: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const deleted = dataOf(await client.DELETE("/api/v1/images/{name}/versions/{version}", { params: { path: { name, version: Number(options.version) } } }));
      print(output, deleted, () => `Deleted image ${name}:${options.version}`);
    });

  const computes = program.command("computes").description("FPGA computes (Standard_PB6s nodes)");
  computes
    .command("create <name>")
    .description("Provision nodes in a region")
    .option("--nodes <count>", "nodes (one Arria 10 FPGA each)", "1")
    .option("--region <region>", "eastus, westus2, westeurope or southeastasia", "eastus")
    .option("--wait", "follow provisioning to its end")
    .action(async (name: string, options: { nodes: string; region: "eastus" | "westus2" | "westeurope" | "southeastasia"; wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      let compute = dataOf(await client.POST("/api/v1/computes", { body: { name, agentCount: Number(options.nodes), region: options.region } }));
      if (options.wait) compute = await followCompute(client, name);
      print(output, compute, () => `Compute ${compute.name}: ${compute.state} (${compute.nodes.length} nodes)`);
    });
  computes
    .command("list")
    .description("List computes")
    .action(async (_options, command: Command) => {
      const { client, output } = await contextOf(command);
      const list = dataOf(await client.GET("/api/v1/computes"));
      print(output, list, () => table([["NAME", "STATE", "REGION", "NODES", "SERVICES"], ...list.items.map((c) => [c.name, c.state, c.region, String(c.agentCount), c.services.join(",")])]));
    });
  computes
    .command("delete <name>")
    .description("Release a compute's nodes")
    .action(async (name: string, _options, command: Command) => {
      const { client, output } = await contextOf(command);
      const compute = dataOf(await client.DELETE("/api/v1/computes/{name}", { params: { path: { name } } }));
      print(output, compute, () => `Compute ${name}: ${compute.state}`);
    });

  const services = program.command("services").description("Deployed services");
  services
    .command("deploy <name>")
    .description("Deploy an image to a compute")
    .requiredOption("--image <image>", "the image name")
    .requiredOption("--image-version <version>", "the image version")
    .requiredOption("--compute <compute>", "the compute to run on")
    .option("--replicas <count>", "replicas", "1")
    .option("--auth", "require a service key (printed once)")
    .option("--max-batch-size <count>", "batch up to this many requests in one CPU inference (1, the default, is off; the model's batch dimension must be dynamic)")
    .option("--max-queue-delay-ms <ms>", "how long a batch waits for more requests (0–100)")
    .option("--wait", "follow the deployment until the service is Healthy")
    .action(async (name: string, options: { image: string; imageVersion: string; compute: string; replicas: string; auth?: boolean; maxBatchSize?: string; maxQueueDelayMs?: string; wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      const created = dataOf(await client.POST("/api/v1/services", { body: { name, image: { name: options.image, version: Number(options.imageVersion) }, compute: options.compute, replicas: Number(options.replicas), authEnabled: Boolean(options.auth), ...batchingOf(options) } }));
      const service = options.wait ? { ...(await followService(client, name)), keys: created.keys } : created;
      print(output, service, () => `Service ${service.name}: ${service.state}${service.scoringUri ? ` at ${service.scoringUri}` : ""}${service.keys?.primary ? `\nprimary key: ${service.keys.primary}\nsecondary key: ${service.keys.secondary}` : ""}`);
    });
  services
    .command("list")
    .description("List services")
    .action(async (_options, command: Command) => {
      const { client, output } = await contextOf(command);
      const list = dataOf(await client.GET("/api/v1/services"));
      print(output, list, () => table([["NAME", "STATE", "MODEL", "SCORING URI"], ...list.items.map((s) => [s.name, s.state, `${s.model.name}:${s.model.version}`, s.scoringUri ?? "-"])]));
    });
  services
    .command("show <name>")
    .description("One service")
    .action(async (name: string, _options, command: Command) => {
      const { client, output } = await contextOf(command);
      const service = dataOf(await client.GET("/api/v1/services/{name}", { params: { path: { name } } }));
      print(output, service, () => `${service.name}: ${service.state}\n  scoring URI: ${service.scoringUri ?? "-"}\n  gRPC: ${service.grpcAddress ?? "-"}${service.grpcTls ? " (TLS)" : ""}\n  auth: ${service.authEnabled ? "key" : "none"}\n  batching: ${service.maxBatchSize > 1 ? `up to ${service.maxBatchSize}, ${service.maxQueueDelayMs} ms` : "off"}`);
    });
  services
    .command("keys <name>")
    .description("A service's keys: only their use is shown (the studio keeps hashes); --regenerate makes a new one")
    .option("--regenerate <which>", "primary or secondary: replace that key and print the new one")
    .action(async (name: string, options: { regenerate?: "primary" | "secondary" }, command: Command) => {
      const { client, output } = await contextOf(command);
      if (!options.regenerate) {
        const service = dataOf(await client.GET("/api/v1/services/{name}", { params: { path: { name } } }));
        const state = { name, authEnabled: service.authEnabled, keys: service.authEnabled ? ["primary", "secondary"] : [] };
        return print(output, state, () => (service.authEnabled ? `${name} takes its primary or secondary key (shown only when made; --regenerate primary|secondary for a new one)` : `${name} has auth off: no key needed`));
      }
      const which = options.regenerate;
      const service = dataOf(await client.POST("/api/v1/services/{name}/keys/regenerate", { params: { path: { name } }, body: { key: which } }));
      print(output, service.keys ?? {}, () => `New ${which} key: ${service.keys?.[which]}`);
    });
  services
    .command("delete <name>")
    .description("Free a service's FPGAs and remove it")
    .action(async (name: string, _options, command: Command) => {
      const { client, output } = await contextOf(command);
      const service = dataOf(await client.DELETE("/api/v1/services/{name}", { params: { path: { name } } }));
      print(output, service, () => `Service ${name}: ${service.state}`);
    });
}
