import { convertTensorflowToOnnx, readTensorflowGraph } from "@/lib/tensorflow";

/**
 * Runs in a model thread when a TensorFlow → ONNX conversion is requested: translates the
 * graph once without keeping the result, so that an unknown tensor name, an op the
 * translator lacks or an open input shape is refused before the conversion gets a row,
 * as Azure's converter refused bad names up front. The job translates again for real.
 */
export async function checkTensorflowConversion(options: { path: string; form: "tf-graphdef" | "tf-archive"; inputTensors: string[]; outputTensors: string[]; inputShapes?: Record<string, number[]> }) {
  const graph = await readTensorflowGraph({ path: options.path, form: options.form });
  const translated = convertTensorflowToOnnx({ graph, inputs: options.inputTensors, outputs: options.outputTensors, inputShapes: options.inputShapes });
  return { inputs: translated.inputs, outputs: translated.outputs };
}
