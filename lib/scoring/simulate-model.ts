import { simulateLatency, type DeviceProfileId, type Precision } from "@/lib/fpga";
import { toSimulatedLatency, type SimulatedLatency } from "@/lib/serving/score-response";
import { getModelSummary } from "./get-model-summary";

// The simulation is a pure function of the graph and the profile, so it is computed
// once per model file and profile and then served from memory: scoring never waits
// for it (and never sleeps to imitate it). Cached as the projection the response
// carries, so a request copies nothing.
const simulations = new Map<string, SimulatedLatency>();

/** How a deployment runs the model: a converted model's precision and host-side head, and the FPGAs one replica spans. */
export type SimulationSetup = { precision?: Precision; hostLayers?: readonly string[]; fpgas?: number };

/** What `profile` would take for one image of this model (lib/fpga), from memory after the first call. */
export async function simulateModel(options: { digest: string; path: string; profile: DeviceProfileId; setup?: SimulationSetup; isDetector?: boolean }): Promise<SimulatedLatency> {
  const setup = options.setup ?? {};
  const isDetector = options.isDetector ?? false;
  const key = `${options.digest}:${options.profile}:${setup.precision ?? ""}:${setup.fpgas ?? 1}:${setup.hostLayers?.length ?? 0}:${isDetector}`;
  const hit = simulations.get(key);
  if (hit) return hit;
  const simulation = toSimulatedLatency(simulateLatency({ summary: await getModelSummary(options), profile: options.profile, ...setup, isDetector }));
  simulations.set(key, simulation);
  return simulation;
}
