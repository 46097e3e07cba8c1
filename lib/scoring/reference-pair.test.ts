import path from "node:path";
import { describe, expect, it } from "vitest";
import { toFloat16Bits } from "./float16";
import { runInference } from "./run-inference";
import { getSession } from "./session-cache";
import { readTensorProto, SHARED_DATA, sharedModel } from "./test-helpers";

// The ONNX test-data pair for SqueezeNet 1.1: a seeded random input and the output the
// reference implementation gives for it (../shared/README.md).
const PAIR = path.join(SHARED_DATA, "testdata/squeezenet1.1/test_data_set_0");
const input = readTensorProto(path.join(PAIR, "input_0.pb"));
const reference = readTensorProto(path.join(PAIR, "output_0.pb"));

function maxAbsError(actual: Float32Array, expected: Float32Array): number {
  let max = 0;
  for (let i = 0; i < expected.length; i++) max = Math.max(max, Math.abs(actual[i] - expected[i]));
  return max;
}

function topIndices(values: Float32Array, k: number): number[] {
  return Array.from(values.keys()).sort((a, b) => values[b] - values[a]).slice(0, k);
}

describe("runInference against the SqueezeNet reference pair", () => {
  it("reproduces the reference output within 1e-3 with the float32 model", async () => {
    const model = sharedModel("squeezenet1.1-caffe2");
    const session = await getSession({ digest: model.digest, modelPath: model.path });
    const result = await runInference({ session, tensor: { dtype: "float32", data: input.data, dims: input.dims } });
    expect(result.dims).toEqual([1, 1000, 1, 1]);
    const error = maxAbsError(result.output, reference.data);
    console.log(`squeezenet fp32 vs reference: max abs error ${error.toExponential(2)}`);
    expect(error).toBeLessThan(1e-3);
    expect(topIndices(result.output, 5)).toEqual(topIndices(reference.data, 5));
  });

  // Tolerance 5e-4: the largest reference value is 0.132, where float16 values are
  // 2^-13 ≈ 1.2e-4 apart, so rounding the output alone costs up to 6e-5, and the input
  // (values up to ~4.5, spacing 2^-8) and every layer add rounding of the same order;
  // 5e-4 is four half-ulps' worth at the top of the range. Measured: 1.5e-4.
  it("reproduces it within 5e-4 with the float16 model fed float16 bits", async () => {
    const model = sharedModel("squeezenet1.1-caffe2-fp16");
    const session = await getSession({ digest: model.digest, modelPath: model.path });
    const half = Uint16Array.from(input.data, toFloat16Bits);
    const result = await runInference({ session, tensor: { dtype: "float16", data: half, dims: input.dims } });
    const error = maxAbsError(result.output, reference.data);
    console.log(`squeezenet fp16 vs reference: max abs error ${error.toExponential(2)}`);
    expect(error).toBeLessThan(5e-4);
    expect(topIndices(result.output, 5)).toEqual(topIndices(reference.data, 5));
  });
});
