import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOnnxDescriptor } from "./build-onnx-descriptor";
import { ONNX_DESCRIPTOR } from "./onnx-descriptor";
import { getOnnxType } from "./onnx-root";

describe("ONNX descriptor", () => {
  it("is what generate-descriptor.ts makes from onnx.proto (regenerate after editing the schema)", () => {
    const source = readFileSync(path.join(import.meta.dirname, "onnx.proto"), "utf8");
    expect(ONNX_DESCRIPTOR).toEqual(buildOnnxDescriptor(source));
    expect(JSON.stringify(ONNX_DESCRIPTOR).length).toBeLessThan(100_000);
  });

  it("keeps the field numbers of onnx/onnx's onnx.proto", () => {
    const ids = (message: string) => Object.fromEntries(Object.values(getOnnxType(message).fields).map((f) => [f.name, f.id]));
    expect(ids("ModelProto")).toMatchObject({ ir_version: 1, producer_name: 2, graph: 7, opset_import: 8, metadata_props: 14, training_info: 20, functions: 25 });
    expect(ids("GraphProto")).toMatchObject({ node: 1, name: 2, initializer: 5, input: 11, output: 12, value_info: 13, sparse_initializer: 15 });
    expect(ids("NodeProto")).toMatchObject({ input: 1, output: 2, name: 3, op_type: 4, attribute: 5, domain: 7, overload: 8 });
    expect(ids("AttributeProto")).toMatchObject({ f: 2, i: 3, s: 4, t: 5, g: 6, floats: 7, ints: 8, type: 20, sparse_tensor: 22, tp: 14 });
    expect(ids("TensorProto")).toMatchObject({ dims: 1, data_type: 2, float_data: 4, int32_data: 5, int64_data: 7, raw_data: 9, external_data: 13, data_location: 14 });
    expect(ids("TypeProto")).toMatchObject({ tensor_type: 1, sequence_type: 4, map_type: 5, sparse_tensor_type: 8, optional_type: 9, denotation: 6 });
    expect(ids("TensorShapeProto.Dimension")).toMatchObject({ dim_value: 1, dim_param: 2, denotation: 3 });
    expect(ids("FunctionProto")).toMatchObject({ name: 1, input: 4, node: 7, opset_import: 9, attribute_proto: 11, overload: 13 });
  });
});
