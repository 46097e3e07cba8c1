import { LatencyComparison } from "@/components/pipeline/latency-comparison";
import { Section } from "@/components/ui/section";
import type { ConversionReport as Report } from "@/lib/conversions/types";
import { CalibrationTable } from "./calibration-table";
import { CpuInferenceBars } from "./cpu-inference-bars";
import { NumericsTable } from "./numerics-table";
import { ReportSummary } from "./report-summary";
import { SplitFacts } from "./split-facts";

/** A succeeded conversion's report: accuracy against the source, numerics, the graph's split and latency. */
export function ConversionReport({ report }: { report: Report }) {
  return (
    <div className="space-y-4" data-testid="conversion-report">
      <ReportSummary report={report} />
      <Section title="Accuracy per calibration image" id="report-accuracy">
        {report.calibration.images.length ? (
          <CalibrationTable images={report.calibration.images} />
        ) : (
          <p className="text-sm text-neutral-600">No calibration image was scored.</p>
        )}
      </Section>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Latency on the FPGA (simulated)" id="report-latency">
          <LatencyComparison
            label={`Simulated latency of one image on ${report.deviceProfile}, source against converted`}
            rows={[
              { key: "source", label: "Source", breakdown: report.latency.source },
              { key: "converted", label: `Converted (${report.precision})`, breakdown: report.latency.converted },
            ]}
          />
        </Section>
        <Section title="Inference on the CPU (measured)" id="report-cpu">
          {report.calibration.images.length ? (
            <CpuInferenceBars images={report.calibration.images} />
          ) : (
            <p className="text-sm text-neutral-600">No calibration image was timed.</p>
          )}
        </Section>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Weights and numerics" id="report-numerics">
          <NumericsTable report={report} />
        </Section>
        <Section title="Featurizer and head" id="report-split">
          <SplitFacts split={report.split} />
        </Section>
      </div>
    </div>
  );
}
