import { formatMs } from "@/components/score/format-latency";
import type { ConversionReport } from "@/lib/conversions/types";
import { ReportFigure } from "./report-figure";

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** The calibration run in five numbers: how often the converted model still agrees with its source. */
export function ReportSummary({ report }: { report: ConversionReport }) {
  const { calibration, latency } = report;
  const speedup = latency.converted.totalMs > 0 ? latency.source.totalMs / latency.converted.totalMs : null;
  return (
    <dl aria-label="Accuracy summary" className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6" data-testid="report-summary">
      <ReportFigure label="Top-1 agreement" value={percent(calibration.top1Agreement)} detail={`${calibration.images.filter((i) => i.top1Agrees).length} of ${calibration.images.length} images`} />
      <ReportFigure label="Mean top-5 overlap" value={`${calibration.meanTop5Overlap.toFixed(2)} / 5`} />
      <ReportFigure label="Max |Δp|" value={calibration.maxAbsDiff.toFixed(4)} detail="largest probability change" />
      <ReportFigure
        label="Expected labels kept"
        value={calibration.expectedTop1.of ? `${calibration.expectedTop1.kept} / ${calibration.expectedTop1.of}` : "—"}
        detail={calibration.expectedTop1.of ? "of the images with a known label" : "no image has a known label"}
      />
      <ReportFigure label="Simulated latency" value={formatMs(latency.converted.totalMs)} detail={speedup ? `source ${formatMs(latency.source.totalMs)} · ${speedup.toFixed(2)}× ` : undefined} />
      <ReportFigure label="Conversion took" value={formatMs(report.durationMs)} detail={`calibration folder ${calibration.folder}`} />
    </dl>
  );
}
