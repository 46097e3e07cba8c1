import { dataTypeCode } from "@/lib/onnx/data-types";
import type { DataTypeName } from "@/lib/onnx/types";
import type { OnnxAttr, OnnxInitializer, OnnxNodeInput, Value } from "./types";

export type AttrInput = number | number[] | string | { float: number };

const TO_NCHW = [0, 3, 1, 2];
const TO_NHWC = [0, 2, 3, 1];

/** Accumulates the ONNX graph: nodes, initializers, unique names, and the layout transposes. */
export class OnnxBuilder {
  readonly nodes: OnnxNodeInput[] = [];
  readonly initializers: OnnxInitializer[] = [];
  private readonly used = new Set<string>();
  private readonly layoutCache = new Map<string, Value>();

  /** A fresh tensor name based on `base`. */
  fresh(base: string): string {
    let name = base;
    for (let k = 1; this.used.has(name); k++) name = `${base}__${k}`;
    this.used.add(name);
    return name;
  }

  reserve(name: string): void {
    this.used.add(name);
  }

  add(op: string, inputs: string[], outputs: string[], attrs: Record<string, AttrInput> = {}): void {
    const attribute: OnnxAttr[] = Object.entries(attrs).map(([name, value]) => {
      if (typeof value === "string") return { name, type: "STRING", s: Buffer.from(value) };
      if (Array.isArray(value)) return { name, type: "INTS", ints: value };
      if (typeof value === "object") return { name, type: "FLOAT", f: value.float };
      return { name, type: "INT", i: value };
    });
    this.nodes.push({ op_type: op, input: inputs, output: outputs, name: outputs[0], attribute });
  }

  /** Adds one op with one output named after `base`, and answers that name. */
  op(op: string, inputs: string[], base: string, attrs: Record<string, AttrInput> = {}): string {
    const out = this.fresh(base);
    this.add(op, inputs, [out], attrs);
    return out;
  }

  initializer(base: string, dtype: DataTypeName, dims: number[], values: ArrayLike<number> | ArrayLike<bigint>): string {
    const name = this.fresh(base);
    this.initializers.push({ name, dims, data_type: dataTypeCode(dtype), raw_data: rawBytes(dtype, values) });
    return name;
  }

  int64s(base: string, values: number[], dims: number[] = [values.length]): string {
    return this.initializer(base, "int64", dims, BigInt64Array.from(values.map(BigInt)));
  }

  float(base: string, value: number): string {
    return this.initializer(base, "float32", [], [value]);
  }

  /** The value in TF layout (NHWC for a 4-D image tensor). */
  asTf(value: Value): Value {
    if (!value.isNchw) return value;
    return this.cachedTranspose(value, TO_NHWC, false);
  }

  /** The value of a 4-D tensor in NCHW. */
  asNchw(value: Value): Value {
    if (value.isNchw) return value;
    return this.cachedTranspose(value, TO_NCHW, true);
  }

  private cachedTranspose(value: Value, perm: number[], isNchw: boolean): Value {
    const key = `${value.name}|${perm.join(",")}`;
    const cached = this.layoutCache.get(key);
    if (cached) return cached;
    const name = this.op("Transpose", [value.name], `${value.name}__${isNchw ? "nchw" : "nhwc"}`, { perm });
    const result = { ...value, name, isNchw, constant: undefined, data: undefined };
    this.layoutCache.set(key, result);
    // Going back to where the value came from needs no second transpose.
    this.layoutCache.set(`${name}|${(isNchw ? TO_NHWC : TO_NCHW).join(",")}`, value);
    return result;
  }
}

function rawBytes(dtype: DataTypeName, values: ArrayLike<number> | ArrayLike<bigint>): Uint8Array {
  const typed = (() => {
    switch (dtype) {
      case "float32": return Float32Array.from(values as ArrayLike<number>);
      case "int32": return Int32Array.from(values as ArrayLike<number>);
      case "int64": return BigInt64Array.from(Array.from(values as ArrayLike<number | bigint>, (v) => BigInt(v)));
      case "uint8": case "bool": return Uint8Array.from(values as ArrayLike<number>);
      case "int8": return Int8Array.from(values as ArrayLike<number>);
      case "int16": return Int16Array.from(values as ArrayLike<number>);
      case "float64": return Float64Array.from(values as ArrayLike<number>);
      default: throw new Error(`No initializer for ${dtype}`);
    }
  })();
  return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
}
