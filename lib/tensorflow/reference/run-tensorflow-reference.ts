import type { GraphModel } from "@tensorflow/tfjs-converter";
import type { io, NamedTensorMap, Tensor } from "@tensorflow/tfjs-core";
import { AppError } from "@/lib/errors";
import type { TfGraph } from "../types";
import { buildTfjsArtifacts } from "./build-tfjs-artifacts";
import { loadTfjs } from "./load-tfjs";

export type ReferenceFeed = { dtype: "float32" | "int32" | "uint8"; shape: number[]; data: Float32Array | Int32Array | Uint8Array };

/**
 * Runs a TensorFlow graph with TensorFlow's own JavaScript runtime (tfjs-converter on the
 * pure-JS CPU backend): the reference a converted model's outputs are compared with.
 * Feeds may name any tensor ("name" or "name:k"), a Placeholder or an intermediate one —
 * a fed node is made a Placeholder, so a feed at the COCO SSD's cut point skips the
 * preprocessing while loop and the rest runs with execute(); a graph that still holds
 * control flow (the full SSD fed its uint8 image) needs executeAsync().
 */
export async function runTensorflowReference(options: { graph: TfGraph; feeds: Record<string, ReferenceFeed>; outputs: string[] }): Promise<Record<string, { shape: number[]; data: Float32Array }>> {
  const { tf, tfconv } = await loadTfjs();
  const fedTypes = Object.fromEntries(Object.entries(options.feeds).filter(([name]) => !/:[1-9]\d*$/.test(name)).map(([name, feed]) => [stripZero(name), feed.dtype === "float32" ? "float32" : "int32"] as const));
  const model = await tfconv.loadGraphModel(tf.io.fromMemory(buildTfjsArtifacts({ graph: options.graph, feeds: fedTypes }) as io.ModelArtifacts));
  const inputs: NamedTensorMap = {};
  try {
    for (const [name, feed] of Object.entries(options.feeds)) {
      // TF.js has no uint8 tensors: an image tensor is fed as int32, as tf.browser.fromPixels makes it.
      const data = feed.dtype === "uint8" ? Int32Array.from(feed.data) : feed.data;
      inputs[stripZero(name)] = tf.tensor(data, feed.shape, feed.dtype === "float32" ? "float32" : "int32");
    }
    const outputNames = options.outputs.map(stripZero);
    let results: Tensor[];
    try {
      const out = await executeEitherWay(model, inputs, outputNames);
      results = Array.isArray(out) ? out : [out];
    } catch (error) {
      throw new AppError("unsupported_model", `TensorFlow.js could not run the graph: ${(error as Error).message}`);
    }
    try {
      const answer: Record<string, { shape: number[]; data: Float32Array }> = {};
      for (const [k, name] of options.outputs.entries()) {
        answer[name] = { shape: results[k].shape, data: Float32Array.from(await results[k].data()) };
      }
      return answer;
    } finally {
      tf.dispose(results);
    }
  } finally {
    tf.dispose(Object.values(inputs));
    model.dispose();
  }
}

/** execute() where the needed subgraph is static; it refuses control flow by pointing at executeAsync(). */
async function executeEitherWay(model: GraphModel, inputs: NamedTensorMap, outputs: string[]): Promise<Tensor | Tensor[]> {
  try {
    return model.execute(inputs, outputs);
  } catch (error) {
    if (!/executeAsync/.test((error as Error).message)) throw error;
    return model.executeAsync(inputs, outputs);
  }
}

/** TF.js names output 0 of a node by the node's name alone. */
const stripZero = (name: string) => name.replace(/:0$/, "");
