import { inspectOnnxFile } from "@/lib/onnx";
import type { GraphSummary } from "@/lib/onnx";

// Model files are immutable per digest, so their summary is parsed once per process.
const summaries = new Map<string, Promise<GraphSummary>>();

/** The graph summary (with layers) of a model file, parsed once per digest. */
export function getModelSummary(options: { digest: string; path: string }): Promise<GraphSummary> {
  let summary = summaries.get(options.digest);
  if (!summary) {
    summary = inspectOnnxFile({ path: options.path, batchSize: 1 });
    summaries.set(options.digest, summary);
    summary.catch(() => summaries.delete(options.digest));
  }
  return summary;
}
