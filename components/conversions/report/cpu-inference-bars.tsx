import { formatMs } from "@/components/score/format-latency";
import { Legend } from "@/components/ui/legend";
import type { CalibrationImageResult } from "@/lib/conversions/types";

const SOURCE_COLOR = "#a19f9d";
const CONVERTED_COLOR = "#0078d4";

/**
 * Measured CPU inference of each calibration image, source against converted: the converted
 * graph runs on the worker's CPU with its quantised weights, so this is what the studio
 * really timed, beside the simulated FPGA figures.
 */
export function CpuInferenceBars({ images }: { images: CalibrationImageResult[] }) {
  const max = Math.max(...images.flatMap((i) => [i.sourceInferenceMs, i.convertedInferenceMs]), 0);
  const width = (ms: number) => `${max > 0 ? (Math.max(0, ms) / max) * 100 : 0}%`;
  return (
    <figure className="space-y-1.5" data-testid="cpu-inference">
      <Legend
        label="Measured CPU inference"
        items={[
          { key: "cpu-source", label: "Source model", color: SOURCE_COLOR },
          { key: "cpu-converted", label: "Converted model", color: CONVERTED_COLOR },
        ]}
      />
      <ul className="space-y-1">
        {images.map((image) => (
          <li key={image.image} className="grid grid-cols-[10rem_minmax(0,1fr)_9rem] items-center gap-2 text-xs">
            <span className="truncate font-mono text-neutral-800" title={image.image}>
              {image.image}
            </span>
            <span
              role="img"
              aria-label={`${image.image}: source ${formatMs(image.sourceInferenceMs)}, converted ${formatMs(image.convertedInferenceMs)} on the CPU`}
              className="space-y-0.5"
            >
              <span className="block h-2 rounded-[1px]" style={{ width: width(image.sourceInferenceMs), backgroundColor: SOURCE_COLOR }} />
              <span className="block h-2 rounded-[1px]" style={{ width: width(image.convertedInferenceMs), backgroundColor: CONVERTED_COLOR }} />
            </span>
            <span className="text-right text-neutral-700 tabular-nums">
              {formatMs(image.sourceInferenceMs)} → {formatMs(image.convertedInferenceMs)}
            </span>
          </li>
        ))}
      </ul>
      <figcaption className="text-[11px] text-neutral-500">Measured on the worker&apos;s CPU with onnxruntime, one image at a time, on one thread with graph optimisation off (the conversion keeps its memory low and leaves the other core to scoring); a served model runs faster.</figcaption>
    </figure>
  );
}
