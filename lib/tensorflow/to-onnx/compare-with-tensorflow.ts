import * as ort from "onnxruntime-node";
import { runTensorflowReference } from "../reference/run-tensorflow-reference";
import type { TfGraph } from "../types";
import { convertTensorflowToOnnx } from "./convert-tensorflow-to-onnx";

/**
 * Translates a graph, runs the ONNX model on onnxruntime and the graph on TF.js with the
 * same float32 feeds, and answers each output's largest absolute difference (with both
 * results, for a test to look at). Used by the translator's tests on small graphs.
 */
export async function compareWithTensorflow(options: { graph: TfGraph; feeds: Record<string, { shape: number[]; data: Float32Array }>; outputs: string[] }) {
  const converted = convertTensorflowToOnnx({ graph: options.graph, inputs: Object.keys(options.feeds), outputs: options.outputs });
  const session = await ort.InferenceSession.create(converted.bytes);
  try {
    const onnxFeeds = Object.fromEntries(Object.values(options.feeds).map((feed, k) => [converted.inputs[k].name, new ort.Tensor("float32", feed.data, feed.shape)]));
    const actual = await session.run(onnxFeeds);
    const expected = await runTensorflowReference({ graph: options.graph, feeds: Object.fromEntries(Object.entries(options.feeds).map(([name, feed]) => [name, { dtype: "float32" as const, ...feed }])), outputs: options.outputs });
    return options.outputs.map((name, k) => {
      const onnx = actual[converted.outputs[k].name];
      const tf = expected[name];
      let maxAbsDiff = onnx.data.length === tf.data.length ? 0 : Infinity;
      for (let i = 0; i < tf.data.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs((onnx.data as Float32Array)[i] - tf.data[i]));
      return { name, maxAbsDiff, onnxShape: [...onnx.dims], tfShape: tf.shape, declaredShape: converted.outputs[k].shape, converted };
    });
  } finally {
    await session.release();
  }
}
