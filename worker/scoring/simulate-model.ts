import { DEVICE_PROFILE_IDS, simulateLatency, type DeviceProfileId } from "@/lib/fpga";
import { AppError } from "@/lib/errors";
import { inspectOnnxFile } from "@/lib/onnx";
import { toSimulatedLatency, type SimulatedLatency } from "@/lib/serving/score-response";

// The simulation is a pure function of the graph and the profile, so it is computed
// once per model file and profile and then served from memory: scoring never waits
// for it (and never sleeps to imitate it).
const summaries = new Map<string, ReturnType<typeof inspectOnnxFile>>();
// Cached as the projection the response carries, so a request copies nothing.
const simulations = new Map<string, SimulatedLatency>();

export function parseProfiles(value: string | null): DeviceProfileId[] {
  if (!value) return [...DEVICE_PROFILE_IDS];
  const ids = value.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(DEVICE_PROFILE_IDS as readonly string[]).includes(id));
  if (unknown.length) {
    throw new AppError("validation_failed", `Unknown device profile ${unknown.join(", ")}; choose from ${DEVICE_PROFILE_IDS.join(", ")}.`);
  }
  return ids as DeviceProfileId[];
}

/** The graph summary (with layers) of a model file, parsed once per digest. */
export function getModelSummary(options: { digest: string; path: string }) {
  let summary = summaries.get(options.digest);
  if (!summary) {
    summary = inspectOnnxFile({ path: options.path, batchSize: 1 });
    summaries.set(options.digest, summary);
    summary.catch(() => summaries.delete(options.digest));
  }
  return summary;
}

export async function simulateModel(options: { digest: string; path: string; profile: DeviceProfileId }): Promise<SimulatedLatency> {
  const key = `${options.digest}:${options.profile}`;
  const hit = simulations.get(key);
  if (hit) return hit;
  const simulation = toSimulatedLatency(simulateLatency({ summary: await getModelSummary(options), profile: options.profile }));
  simulations.set(key, simulation);
  return simulation;
}
