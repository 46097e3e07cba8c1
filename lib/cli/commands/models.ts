import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { dataOf } from "@/lib/client/api";
import { archiveModelFolder } from "@/lib/tensorflow/archive-model-folder";
import { collectPairs, contextOf } from "../context";
import { followPull } from "../follow";
import { print, table } from "../output";

export function registerModels(program: Command): void {
  const models = program.command("models").description("Registered models");
  models
    .command("list")
    .description("List model versions")
    .option("--name <name>", "only this model's versions")
    .action(async (options: { name?: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const page = dataOf(await client.GET("/api/v1/models", { params: { query: { ...(options.name ? { name: options.name } : {}), pageSize: 100 } } }));
      print(output, page, () => table([["NAME", "VERSION", "FRAMEWORK", "SIZE", "CREATED"], ...page.items.map((m) => [m.name, String(m.version), m.framework, `${(m.sizeBytes / 1e6).toFixed(1)} MB`, m.createdAt])]));
    });
  models
    .command("show <name>")
    .description("One model version (the latest unless --version)")
    .option("--version <version>", "a version number")
    .action(async (name: string, options: { version?: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const model = options.version
        ? dataOf(await client.GET("/api/v1/models/{name}/versions/{version}", { params: { path: { name, version: Number(options.version) } } }))
        : dataOf(await client.GET("/api/v1/models/{name}", { params: { path: { name } } }));
      const tensors = (list: typeof model.inputs) => list.map((t) => `${t.name} ${t.dtype} [${t.shape?.join(", ") ?? "?"}]`).join("; ");
      print(output, model, () => `${model.name}:${model.version} (${model.framework}, ${model.digest.slice(0, 12)})\n  inputs:  ${tensors(model.inputs)}\n  outputs: ${tensors(model.outputs)}`);
    });
  models
    .command("register <file>")
    .description("Upload a model as a new version: .onnx, a frozen TensorFlow .pb, or a TF.js graph model folder (or its .zip / .tar.gz)")
    .requiredOption("--name <name>", "the model's name")
    .option("--description <text>", "what it is", "")
    .option("--tag <key=value>", "a tag (repeatable)", collectPairs, {})
    .option("--task <task>", "classification or detection (by default, what the model's recipe says, else classification)")
    .action(async (file: string, options: { name: string; description: string; tag: Record<string, string>; task?: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const form = new FormData();
      form.append("name", options.name);
      if (options.task) form.append("task", options.task);
      form.append("description", options.description);
      form.append("tags", JSON.stringify(options.tag));
      // The API takes one file: a TF.js folder goes up as a .tar.gz made on the fly.
      if ((await stat(file)).isDirectory()) form.append("file", new Blob([new Uint8Array(await archiveModelFolder({ dir: file }))]), `${path.basename(path.resolve(file))}.tar.gz`);
      else form.append("file", await openAsBlob(file), path.basename(file));
      const model = dataOf(await client.POST("/api/v1/models", { body: form as never, bodySerializer: (body) => body as unknown as FormData }));
      print(output, model, () => `Registered ${model.name}:${model.version} (${model.digest.slice(0, 12)})`);
    });
  models
    .command("delete <name>")
    .description("Delete one model version")
    .requiredOption("--version <version>", "the version to delete")
    .action(async (name: string, options: { version: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const deleted = dataOf(await client.DELETE("/api/v1/models/{name}/versions/{version}", { params: { path: { name, version: Number(options.version) } } }));
      print(output, deleted, () => `Deleted ${name}:${options.version}`);
    });
  models
    .command("pull <catalogId>")
    .description("Download a catalog model (mirror first), verify and register it")
    .option("--wait", "follow the download to its end")
    .action(async (catalogId: string, options: { wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      let pull = dataOf(await client.POST("/api/v1/catalog/{id}/pull", { params: { path: { id: catalogId } } }));
      if (options.wait) pull = { ...pull, ...(await followPull(client, pull.id)) };
      print(output, pull, () => `Pull of ${catalogId}: ${pull.state}`);
    });
}
