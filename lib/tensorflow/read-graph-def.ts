import { AppError } from "@/lib/errors";
import { describeFileKind } from "@/lib/onnx/describe-file-kind";
import { decodeTensorProto } from "./decode-tensor";
import { getTensorflowType, TO_OBJECT } from "./tensorflow-root";
import { assertGraphNodes, savedModelRefusal } from "./refusals";
import type { TfGraph, TfNode, TfTensor } from "./types";

type DecodedGraphDef = { node?: TfNode[]; versions?: { producer?: number } };

/**
 * Reads a frozen GraphDef (.pb): every weight is a Const node holding a TensorProto in
 * its `value` attribute (TENSORFLOW.md). A SavedModel's saved_model.pb is recognised and
 * refused with what to do instead; anything else that does not decode is invalid_model.
 */
export function readGraphDef(options: { bytes: Uint8Array }): TfGraph {
  const bytes = Buffer.isBuffer(options.bytes) ? options.bytes : Buffer.from(options.bytes.buffer, options.bytes.byteOffset, options.bytes.byteLength);
  if (bytes.byteLength === 0) throw new AppError("empty_file", "The uploaded file is empty.");
  if (isSavedModel(bytes)) throw savedModelRefusal();
  let decoded: DecodedGraphDef;
  try {
    const GraphDef = getTensorflowType("GraphDef");
    decoded = GraphDef.toObject(GraphDef.decode(bytes), TO_OBJECT) as DecodedGraphDef;
  } catch (error) {
    const kind = describeFileKind(bytes);
    const why = kind ? `the file looks like ${kind}` : `it does not decode (${(error as Error).message}); the file may be truncated`;
    throw new AppError("invalid_model", `Not a TensorFlow GraphDef: ${why}.`);
  }
  const nodes = (decoded.node ?? []).map((n) => ({ name: n.name ?? "", op: n.op ?? "", input: n.input ?? [], device: n.device, attr: n.attr ?? {} }));
  assertGraphNodes(nodes);
  const weights = new Map<string, TfTensor>();
  let storedWeightBytes = 0;
  for (const node of nodes) {
    const value = node.op === "Const" ? node.attr.value?.tensor : undefined;
    if (!value) continue;
    weights.set(node.name, decodeTensorProto(value, `"${node.name}"`));
    storedWeightBytes += value.tensorContent?.byteLength ?? 0;
  }
  return { format: "graphdef", producer: decoded.versions?.producer ?? null, convertedBy: null, nodes, weights, storedWeightBytes };
}

/**
 * A SavedModel starts with saved_model_schema_version (field 1, a varint: tag 0x08) and
 * holds meta graphs (field 2); a GraphDef's field 1 is a node (tag 0x0a). Decoding it as
 * a SavedModel and finding a graph inside settles it.
 */
function isSavedModel(bytes: Buffer): boolean {
  if (bytes[0] !== 0x08) return false;
  try {
    const SavedModel = getTensorflowType("SavedModel");
    const model = SavedModel.toObject(SavedModel.decode(bytes), TO_OBJECT) as { metaGraphs?: { graphDef?: unknown }[] };
    return (model.metaGraphs ?? []).some((m) => m.graphDef);
  } catch {
    return false;
  }
}
