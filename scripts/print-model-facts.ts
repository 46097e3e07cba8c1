// `npm run models:facts -- <model.onnx> …`: the ONNX summary
// (MACs, parameters, decode + summarise time) and the simulated NPU latency on every
// device profile — the figures BENCHMARKS.md and the docs quote, from one command.
import path from "node:path";
import { DEVICE_PROFILE_IDS, simulateLatency } from "@/lib/fpga";
import { inspectOnnxFile } from "@/lib/onnx";

for (const file of process.argv.slice(2)) {
  await inspectOnnxFile({ path: file }); // warm: protobufjs builds its decoder on first use
  const started = performance.now();
  const summary = await inspectOnnxFile({ path: file });
  const ms = performance.now() - started;
  console.log(`${path.basename(file)}: ${summary.macs.toLocaleString("en")} MACs, ${summary.parameterCount.toLocaleString("en")} parameters, read+decode+summarise ${ms.toFixed(1)} ms`);
  for (const profile of DEVICE_PROFILE_IDS) {
    const s = simulateLatency({ summary, profile });
    console.log(`  ${profile}: ${s.totalMs.toFixed(3)} ms simulated (MVU utilisation ${(s.utilization * 100).toFixed(1)}%, ${s.effectiveTflops.toFixed(2)} TFLOPS, ${s.fpgas} FPGA(s), weights ${s.weightPlacement}${s.streamsWeights ? `: ${(s.streamedWeightBytes / 1e6).toFixed(1)} MB from DDR, +${s.weightStreamMs.toFixed(3)} ms` : ""})`);
  }
}
