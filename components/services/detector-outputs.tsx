import { Section } from "@/components/ui/section";
import { DETECTION_OUTPUTS, DETECTION_SHAPES } from "@/lib/serving/detection-outputs";

// What each detection tensor holds, as the TensorFlow Object Detection API's serving
// signature defines it (lib/serving/detection-tensors.ts builds them).
const MEANING: Record<(typeof DETECTION_OUTPUTS)[number], string> = {
  detection_boxes: "Each detection's box as ymin, xmin, ymax, xmax, normalised to the image (0–1).",
  detection_scores: "Each detection's score (0–1), best first.",
  detection_classes: "Each detection's class as its COCO id (float), e.g. 1 person, 18 dog, 58 hot dog.",
  num_detections: "How many detections the answer holds (N).",
};

/** The Consume tab's note for a detector: the named output tensors TF Serving and v2 answer with. */
export function DetectorOutputs() {
  return (
    <Section title="Detector outputs" id="consume-detector-outputs">
      <div className="space-y-3 text-sm text-neutral-700">
        <p>
          This service runs a detector. The scoring URI answers JSON <code className="font-mono">detections</code> (label, score, box in the image&apos;s pixels). TensorFlow Serving
          (REST <code className="font-mono">:predict</code> and gRPC <code className="font-mono">Predict</code>) and v2 <code className="font-mono">infer</code> answer these named FP32
          tensors, after the threshold and non-maximum suppression; send an encoded image (b64 / BYTES).
        </p>
        <table className="w-full text-left text-sm" data-testid="detector-outputs">
          <thead>
            <tr className="text-xs text-neutral-500">
              <th className="py-1 pr-4 font-medium">Output</th>
              <th className="py-1 pr-4 font-medium">Shape</th>
              <th className="py-1 font-medium">Holds</th>
            </tr>
          </thead>
          <tbody>
            {DETECTION_OUTPUTS.map((name) => (
              <tr key={name} className="border-t border-neutral-200 align-top">
                <td className="py-1 pr-4 font-mono">{name}</td>
                <td className="py-1 pr-4 font-mono">[{DETECTION_SHAPES[name].map((d) => (d === -1 ? "N" : d)).join(", ")}]</td>
                <td className="py-1">{MEANING[name]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-neutral-600">
          The scoring URI takes <code className="font-mono">?scoreThreshold=</code>, <code className="font-mono">iouThreshold=</code>, <code className="font-mono">maxDetections=</code> and{" "}
          <code className="font-mono">perClass=true</code>; the tensor protocols use the defaults (0.5, 0.5, 20, suppression across classes).
        </p>
      </div>
    </Section>
  );
}
