import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
// From the files, not the indexes: those also load the database client, which this thread never needs.
import { createHashedFileWriter, type HashedFileWriter } from "@/lib/artifacts/hashed-file-writer";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "@/lib/onnx/decode-onnx-model";
import { getOnnxType } from "@/lib/onnx/onnx-root";
import { encodeVarint, concatBytes } from "@/lib/onnx/protobuf-wire";
import { createInitializerRewriter, type RewriteTensorData } from "@/lib/onnx/rewrite-initializers-stream";
import { createOnnxSlimmer } from "@/lib/onnx/slim-onnx-stream";
import { summarizeOnnxModel } from "@/lib/onnx/summarize-graph";
import type { GraphSummary } from "@/lib/onnx/types";
import { planWeightRewrites, type WeightPlan } from "./plan-weight-rewrites";
import { quantizeTensorData } from "./quantize-tensor-data";
import type { ConversionPrecision, ConversionReport } from "./types";

export type ConvertOnnxFileOptions = {
  sourcePath: string;
  precision: ConversionPrecision;
  blockSize: number;
  /** A detector: its head stays on the host in float32 (plan-weight-rewrites.ts). */
  isDetector?: boolean;
 
  /** Recorded in the converted model's metadata_props (accel.* keys). */
  metadata: Record<string, string>;
  /** The staging file's name (the conversion id), so a retry can remove what a killed attempt left. */
  stagingName: string;
  /**
   * Shared with the caller, who sets it to 1 to stop the work (a cancel, a timeout). The
   * loop checks it between chunks and stops cleanly, closing its files: terminating the
   * thread instead would leak the descriptors it holds.
   */
  stopFlag?: Int32Array;
  /** Receives { fraction } messages (0..1) as the file is rewritten. */
  progressPort?: MessagePort;
};

export type ConvertedOnnxFile = {
  staged: { tmpPath: string; digest: string; sizeBytes: number };
  weights: ConversionReport["weights"];
  split: WeightPlan["split"];
  summary: GraphSummary;
};

const CHUNK_BYTES = 1 << 18;
const METADATA_PROPS_FIELD = 14; // ModelProto.metadata_props

/**
 * Runs in a model thread: rewrites an ONNX file into its converted form in two streaming
 * passes. The first reads the graph without its weights (slim-onnx-stream.ts) to decide
 * what each initializer becomes; the second copies the file through, quantising the
 * chosen weights in place (rewrite-initializers-stream.ts), hashing it into a staging
 * file, and appends the conversion's metadata. The reads and writes are synchronous into
 * one reused buffer — this thread does nothing else meanwhile — so memory stays at one
 * chunk, one tensor and the graph: with streams, a ResNet-50 left 45–65 MB of chunks for the GC.
 */
export async function convertOnnxFile(options: ConvertOnnxFileOptions): Promise<ConvertedOnnxFile> {
  const { sourcePath, precision, blockSize, progressPort } = options;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let output: HashedFileWriter | undefined;
  try {
    const totalBytes = statSync(sourcePath).size;
    const slimmer = createOnnxSlimmer();
    const isStopped = () => options.stopFlag !== undefined && Atomics.load(options.stopFlag, 0) === 1;
    readInChunks(sourcePath, buffer, isStopped, (chunk) => slimmer.write(chunk)); // the slimmer copies what it keeps
    const model = decodeOnnxModel(slimmer.finish());
    const summary = summarizeOnnxModel(model, { batchSize: 1 });
    const plan = planWeightRewrites({ model, summary, precision, blockSize, isDetector: options.isDetector });

    const totals = { count: 0, maxAbsError: 0, squaredError: 0 };
    const rewrites = new Map<number, RewriteTensorData>();
    for (const planned of plan.rewrites) {
      rewrites.set(planned.index, (data, encoding) => {
        const result = quantizeTensorData({ data, dtype: planned.dtype, encoding, rule: planned.rule });
        totals.count += result.count;
        totals.squaredError += result.squaredError;
        totals.maxAbsError = Math.max(totals.maxAbsError, result.maxAbsError);
      });
    }
    const rewriter = createInitializerRewriter({ rewrites });
    const writer = createHashedFileWriter({ stagingName: options.stagingName });
    output = writer;
    let bytesRead = 0;
    readInChunks(sourcePath, buffer, isStopped, (chunk) => {
      rewriter.write(chunk, writer.write);
      bytesRead += chunk.length;
      progressPort?.postMessage({ fraction: bytesRead / totalBytes });
    });
    rewriter.finish();
    writer.write(encodeMetadataProps(options.metadata));
    const staged = writer.finish();
    output = undefined;
    return {
      staged,
      weights: {
        quantizedTensors: plan.rewrites.length,
        keptTensors: plan.keptTensors,
        integerTensors: plan.integerTensors,
        quantizedParameters: totals.count,
        maxAbsError: totals.maxAbsError,
        rmsError: totals.count ? Math.sqrt(totals.squaredError / totals.count) : 0,
      },
      split: plan.split,
      summary,
    };
  } catch (error) {
    output?.abort();
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("artifact_missing", "The source model's file is missing.");
    throw error;
  } finally {
    progressPort?.close();
  }
}

/**
 * Calls `onChunk` with each successive chunk of the file, read into `buffer` (valid only
 * during the call). A plain Uint8Array view, not a Buffer: the parsers keep what they
 * need with slice(), which copies a Uint8Array but only views a Buffer.
 */
function readInChunks(file: string, buffer: Buffer, isStopped: () => boolean, onChunk: (chunk: Uint8Array) => void): void {
  const fd = openSync(file, "r");
  try {
    for (;;) {
      if (isStopped()) throw new AppError("invalid_state", "The conversion was stopped.");
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      onChunk(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
    }
  } finally {
    closeSync(fd);
  }
}

/** Repeated metadata_props entries appended at the end of the ModelProto (protobuf merges repeated fields wherever they appear). */
function encodeMetadataProps(metadata: Record<string, string>): Uint8Array {
  const Entry = getOnnxType("StringStringEntryProto");
  const parts: Uint8Array[] = [];
  for (const [key, value] of Object.entries(metadata).sort(([a], [b]) => a.localeCompare(b))) {
    const body = Entry.encode(Entry.fromObject({ key, value })).finish();
    parts.push(encodeVarint(BigInt((METADATA_PROPS_FIELD << 3) | 2)), encodeVarint(BigInt(body.length)), body);
  }
  return concatBytes(parts.length ? parts : [new Uint8Array(0)]);
}
