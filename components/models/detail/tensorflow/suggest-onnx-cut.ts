import type { TensorInfo } from "@/lib/models/to-model-dto";
import type { TensorflowFacts } from "@/lib/tensorflow/summarize-tf-graph";

/** What the Convert to ONNX form starts with: tensor names (checked), shapes for open inputs, and why. */
export type OnnxCut = {
  inputs: string[];
  outputs: string[];
  /** Tensor name → "1,300,300,3" as the form's text field holds it. */
  shapes: Record<string, string>;
  note: string | null;
};

type Graph = { inputs: TensorInfo[]; outputs: TensorInfo[]; facts: TensorflowFacts | undefined };

// The TF Object Detection API's SSD as published for TensorFlow.js (../shared/data/tf/README.md):
// a TF1 while loop in Preprocessor/map resizes the uint8 image to 300×300; the feed-forward
// part starts where the loop's results are gathered, and the graph ends before non-maximum
// suppression (per-anchor class scores and decoded boxes), which scoring applies.
const SSD_CUT = {
  input: "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3",
  outputs: ["Postprocessor/Slice", "Postprocessor/ExpandDims_1"],
  shape: "1,300,300,3",
};

/**
 * The cut to offer. A graph without control flow converts whole, from its Placeholders to
 * the nodes nothing reads. The known SSD gets its published cut. Any other graph with a
 * while loop or ops the converter lacks gets no inputs ticked: the names the summary
 * found are offered, but the user names where the convertible part starts.
 */
export function suggestOnnxCut({ inputs, outputs, facts }: Graph): OnnxCut {
  const inputNames = inputs.map((t) => t.name);
  const outputNames = outputs.map((t) => t.name);
  const isClean = !facts || (!facts.hasControlFlow && facts.unsupportedOps.length === 0);
  if (isClean) return { inputs: inputNames, outputs: outputNames, shapes: {}, note: null };
  if (facts.hasControlFlow && SSD_CUT.outputs.every((name) => outputNames.includes(name))) {
    return {
      inputs: [SSD_CUT.input],
      outputs: SSD_CUT.outputs,
      shapes: { [SSD_CUT.input]: SSD_CUT.shape },
      note: "This looks like a TensorFlow Object Detection API SSD: the while loop in Preprocessor/map only resizes the image, so the suggested cut starts after it, at the 300×300 batch it gathers, and ends at the per-box class scores and boxes (before non-maximum suppression, which scoring applies).",
    };
  }
  return { inputs: [], outputs: outputNames, shapes: {}, note: null };
}

/** "1, 300,300 ,3" → [1, 300, 300, 3]; null when it is not a list of positive integers. */
export function parseShape(text: string): number[] | null {
  const parts = text.split(/[,×x\s]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^\d+$/.test(p))) return null;
  const dims = parts.map(Number);
  return dims.every((d) => d >= 1 && d <= 65536) && dims.length <= 8 ? dims : null;
}
