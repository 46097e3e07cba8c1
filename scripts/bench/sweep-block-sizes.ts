// The figures behind the default block size (lib/conversions/schemas.ts): SqueezeNet 1.1
// converted at each precision and block size, measured on the calibration images.

type Convert = (body: Record<string, unknown>) => Promise<{ report: { calibration: { top1Agreement: number; meanTop5Overlap: number; maxAbsDiff: number; expectedTop1: { kept: number; of: number } }; weights: { rmsError: number } } }>;

export async function sweepBlockSizes(convert: Convert) {
  console.log("SqueezeNet 1.1 accuracy by precision and block size (15 calibration images, 5 with expected labels):");
  console.log("  precision  block  top-1 agree  top-5 overlap  max |Δp|  expected kept  rms |Δw|");
  for (const precision of ["ms-fp9", "ms-fp8", "fp16"]) {
    for (const blockSize of precision === "fp16" ? [1] : [1, 2, 4, 16, 128]) {
      const { report } = await convert({ precision, blockSize });
      const c = report.calibration;
      console.log(
        `  ${precision.padEnd(9)} ${String(precision === "fp16" ? "—" : blockSize).padStart(6)}  ${(c.top1Agreement * 100).toFixed(1).padStart(10)}%  ${c.meanTop5Overlap.toFixed(2).padStart(13)}  ${c.maxAbsDiff.toFixed(3).padStart(8)}  ${`${c.expectedTop1.kept}/${c.expectedTop1.of}`.padStart(13)}  ${report.weights.rmsError.toExponential(2).padStart(8)}`,
      );
    }
  }
}
