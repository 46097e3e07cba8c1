// Test fixtures for lib/scoring: the shared models, images and reference tensors of
// ../shared/data (read in place, never copied), and hand-made hostile inputs.
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { getCatalogEntry } from "@/lib/catalog";
import { getOnnxType } from "@/lib/onnx";
import { fromFloat16Bits } from "./float16";
import type { ClassifierModel } from "./classify-image";

export const SHARED_DATA = path.resolve(import.meta.dirname, "../../../shared/data");
export const IMAGES_DIR = path.join(SHARED_DATA, "images");
export const LABELS_DIR = path.join(SHARED_DATA, "labels");

export function readImage(name: string): Buffer {
  return readFileSync(path.join(IMAGES_DIR, name));
}

/** The image classifiers kept in ../shared/data/models, with their catalog recipes. */
export const SHARED_MODEL_IDS = ["mobilenetv2-int8", "squeezenet1.1-caffe2", "squeezenet1.1-caffe2-fp16"] as const;

export function sharedModel(id: (typeof SHARED_MODEL_IDS)[number]): ClassifierModel {
  const entry = getCatalogEntry(id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  const kind = entry.outputs[0].kind;
  if (kind === "detections") throw new Error(`${id} is not a classifier`);
  return {
    digest: entry.sha256,
    path: path.join(SHARED_DATA, "models", entry.fileName),
    preprocessing: entry.preprocessing,
    outputKind: kind,
  };
}

/** A TensorProto file of the ONNX test-data layout (input_0.pb, output_0.pb) as float32. */
export function readTensorProto(file: string): { dims: number[]; data: Float32Array } {
  const TensorProto = getOnnxType("TensorProto");
  const tensor = TensorProto.toObject(TensorProto.decode(readFileSync(file)), { longs: Number, arrays: true }) as {
    dims: number[];
    data_type: number;
    float_data: number[];
    int32_data: number[];
    raw_data?: Uint8Array;
  };
  const count = tensor.dims.reduce((a, b) => a * b, 1);
  // data_type 1 = FLOAT, 10 = FLOAT16 (onnx.proto, TensorProto.DataType).
  if (tensor.raw_data && tensor.raw_data.length > 0) {
    const view = new DataView(tensor.raw_data.buffer, tensor.raw_data.byteOffset, tensor.raw_data.byteLength);
    const read = tensor.data_type === 10 ? (i: number) => fromFloat16Bits(view.getUint16(i * 2, true)) : (i: number) => view.getFloat32(i * 4, true);
    return { dims: tensor.dims, data: Float32Array.from({ length: count }, (_, i) => read(i)) };
  }
  const values = tensor.data_type === 10 ? tensor.int32_data.map(fromFloat16Bits) : tensor.float_data;
  return { dims: tensor.dims, data: Float32Array.from(values) };
}

/**
 * A decompression bomb: a valid PNG whose header declares 50000 × 50000 8-bit grey
 * pixels (2.5 GB decoded) but which carries only a few compressed rows, under 1 KB.
 */
export function makePngBomb(side = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type 0: greyscale
  const rows = zlib.deflateSync(Buffer.alloc((side + 1) * 16), { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", rows), pngChunk("IEND", Buffer.alloc(0))]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}
