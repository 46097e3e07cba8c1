import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTensorflowDescriptor } from "./build-tensorflow-descriptor";
import { TENSORFLOW_DESCRIPTOR } from "./tensorflow-descriptor";
import { getTensorflowType } from "./tensorflow-root";

describe("TensorFlow descriptor", () => {
  it("is what generate-descriptor.ts makes from tensorflow.proto (regenerate after editing the schema)", () => {
    expect(TENSORFLOW_DESCRIPTOR).toEqual(buildTensorflowDescriptor(path.join(import.meta.dirname, "tensorflow.proto")));
  });

  it("keeps the field numbers TENSORFLOW.md and PROTOCOLS.md give", () => {
    const ids = (message: string) => Object.fromEntries(Object.values(getTensorflowType(message).fields).map((f) => [f.name, f.id]));
    expect(ids("GraphDef")).toEqual({ node: 1, library: 2, version: 3, versions: 4 });
    expect(ids("NodeDef")).toEqual({ name: 1, op: 2, input: 3, device: 4, attr: 5 });
    expect(ids("AttrValue")).toEqual({ list: 1, s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7, tensor: 8, placeholder: 9, func: 10 });
    expect(ids("AttrValue.ListValue")).toEqual({ s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7, tensor: 8, func: 9 });
    expect(ids("TensorProto")).toEqual({ dtype: 1, tensorShape: 2, versionNumber: 3, tensorContent: 4, floatVal: 5, doubleVal: 6, intVal: 7, stringVal: 8, int64Val: 10, boolVal: 11, halfVal: 13 });
    expect(ids("TensorShapeProto")).toEqual({ dim: 2, unknownRank: 3 });
    expect(ids("TensorShapeProto.Dim")).toEqual({ size: 1, name: 2 });
    expect(ids("SavedModel")).toEqual({ savedModelSchemaVersion: 1, metaGraphs: 2 });
    expect(getTensorflowType("MetaGraphDef").fields.graphDef.id).toBe(2);
  });
});
