import path from "node:path";
import { AppError } from "@/lib/errors";
import { decodeTensorProto } from "./decode-tensor";
import { decodeTfjsWeights, storedWeightBytes, type TfjsWeightSpec } from "./decode-tfjs-weights";
import { assertGraphNodes, savedModelRefusal } from "./refusals";
import { getTensorflowType, TO_OBJECT } from "./tensorflow-root";
import type { TfGraph, TfNode, TfTensor } from "./types";

type ModelJson = {
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  modelTopology?: { node?: unknown[]; versions?: { producer?: number } };
  weightsManifest?: { paths: string[]; weights: TfjsWeightSpec[] }[];
};

/**
 * Reads a TensorFlow.js graph model from its files (path → bytes, as a folder or an
 * archive holds them): model.json's modelTopology is a GraphDef in proto3 JSON, which
 * the GraphDef type itself reads (numeric or "DT_FLOAT" enums, int64 strings, base64 or
 * byte-array bytes), so a .pb and a model.json decode to the same nodes. Weights come
 * from the shards the manifest names, relative to model.json.
 */
export function readTfjsModel(options: { files: Map<string, Uint8Array> }): TfGraph {
  const { files } = options;
  const jsonPath = findModelJson(files);
  let model: ModelJson;
  try {
    model = JSON.parse(Buffer.from(files.get(jsonPath)!).toString("utf8")) as ModelJson;
  } catch (error) {
    throw new AppError("invalid_model", `${jsonPath} is not valid JSON: ${(error as Error).message}`);
  }
  if (model.format === "layers-model" || !model.modelTopology?.node) {
    throw new AppError("unsupported_model", `${jsonPath} is not a TensorFlow.js graph model${model.format ? ` (its format is "${model.format}")` : ""}; export a graph model (tensorflowjs_converter --output_format=tfjs_graph_model).`, { form: model.format ?? "unknown" });
  }
  const GraphDef = getTensorflowType("GraphDef");
  let decoded: { node?: TfNode[]; versions?: { producer?: number } };
  try {
    decoded = GraphDef.toObject(GraphDef.fromObject(model.modelTopology), TO_OBJECT);
  } catch (error) {
    throw new AppError("invalid_model", `The modelTopology of ${jsonPath} is not a GraphDef: ${(error as Error).message}`);
  }
  const nodes = (decoded.node ?? []).map((n) => ({ name: n.name ?? "", op: n.op ?? "", input: n.input ?? [], device: n.device, attr: n.attr ?? {} }));
  assertGraphNodes(nodes);

  const groups = model.weightsManifest ?? [];
  const specs = groups.flatMap((g) => g.weights ?? []);
  const shards = groups.flatMap((g) => g.paths ?? []).map((shard) => readShard(files, jsonPath, shard));
  const weights: Map<string, TfTensor> = decodeTfjsWeights({ specs, data: Buffer.concat(shards) });
  // Small constants (shapes, axes) may stay inline in the topology, as in a .pb.
  for (const node of nodes) {
    const inline = node.op === "Const" && !weights.has(node.name) ? node.attr.value?.tensor : undefined;
    if (inline) weights.set(node.name, decodeTensorProto(inline, `"${node.name}"`));
  }
  return {
    format: "tfjs",
    producer: decoded.versions?.producer ?? null,
    convertedBy: model.convertedBy ?? model.generatedBy ?? null,
    nodes,
    weights,
    storedWeightBytes: storedWeightBytes(specs),
  };
}

/** model.json at the top, or in the one folder the archive holds. */
function findModelJson(files: Map<string, Uint8Array>): string {
  const names = [...files.keys()];
  if (names.some((n) => path.posix.basename(n) === "saved_model.pb" || path.posix.basename(n) === "saved_model.pbtxt")) throw savedModelRefusal();
  const candidates = names.filter((n) => path.posix.basename(n) === "model.json").sort((a, b) => a.split("/").length - b.split("/").length);
  if (candidates.length === 0) {
    throw new AppError("invalid_model", "The archive holds no model.json: a TensorFlow.js graph model is a folder with model.json and its weight shards.", { files: names.slice(0, 20) });
  }
  return candidates[0];
}

function readShard(files: Map<string, Uint8Array>, jsonPath: string, shard: string): Uint8Array {
  const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(jsonPath), shard));
  const bytes = files.get(wanted);
  if (!bytes) throw new AppError("invalid_model", `The weight shard "${shard}" that model.json names is not in the upload.`, { shard });
  return bytes;
}
