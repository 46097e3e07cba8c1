import { formatMs, formatProbability } from "@/components/score/format-latency";
import { Table, Td, Th } from "@/components/ui/table";
import type { CalibrationImageResult } from "@/lib/conversions/types";

function Prediction({ p }: { p: CalibrationImageResult["source"] }) {
  return (
    <span className="whitespace-nowrap" title={`class ${p.index}`}>
      {p.label} <span className="text-neutral-500 tabular-nums">{formatProbability(p.probability)}</span>
    </span>
  );
}

/** Each calibration image through source and converted model side by side. */
export function CalibrationTable({ images }: { images: CalibrationImageResult[] }) {
  return (
    <Table label="Per-image accuracy">
      <thead>
        <tr>
          <Th>Image</Th>
          <Th>Expected label</Th>
          <Th>Source top-1</Th>
          <Th>Converted top-1</Th>
          <Th>Agrees</Th>
          <Th className="text-right">Top-5 overlap</Th>
          <Th className="text-right">Max |Δp|</Th>
          <Th className="text-right">CPU source</Th>
          <Th className="text-right">CPU converted</Th>
        </tr>
      </thead>
      <tbody>
        {images.map((image) => (
          <tr key={image.image} className={image.top1Agrees ? "hover:bg-neutral-50" : "bg-red-50/60"} data-testid="calibration-row">
            <Td className="max-w-56 truncate font-mono text-xs leading-5" title={image.image}>
              {image.image}
            </Td>
            <Td className="whitespace-nowrap">{image.expectedLabel ?? <span className="text-neutral-400">—</span>}</Td>
            <Td>
              <Prediction p={image.source} />
            </Td>
            <Td>
              <Prediction p={image.converted} />
            </Td>
            <Td>
              {image.top1Agrees ? (
                <span className="font-semibold text-green-800" aria-label="agrees">
                  ✓
                </span>
              ) : (
                <span className="font-semibold text-red-700" aria-label="differs">
                  ✗
                </span>
              )}
            </Td>
            <Td className="text-right tabular-nums">{image.top5Overlap} / 5</Td>
            <Td className="text-right tabular-nums">{image.maxAbsDiff.toFixed(4)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMs(image.sourceInferenceMs)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMs(image.convertedInferenceMs)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
