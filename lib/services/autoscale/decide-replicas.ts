// The autoscaler's rule, as Azure ML's AKS autoscaler stated it for
// autoscale_target_utilization: keep the requests in flight per replica near a target
// share of what one replica takes at once. One FPGA runs one request at a time, so a
// replica's capacity is 1 and its utilisation is the mean number of requests in flight on
// it: by Little's law, the arrival rate × the mean time in the system, over the replicas.
// Scaling up acts after a short delay, down after a long one, so a burst is served at once
// and a lull does not take replicas that the next minute needs (Kubernetes' HPA waits 300 s
// before scaling down by default, for the same reason).

export type LoadSample = {
  /** Requests completed in the window. */
  requests: number;
  /** Their summed measured latency (ms). */
  busyMs: number;
  /** The window's length (ms). */
  windowMs: number;
};

export type AutoscaleSettings = { minReplicas: number; maxReplicas: number; targetUtilization: number };

export type Decision = {
  current: number;
  desired: number;
  /** Mean requests in flight per replica, against the target (0…1+). */
  utilization: number;
  ratePerSecond: number;
  meanMs: number;
};

export function decideReplicas(options: { load: LoadSample; current: number; settings: AutoscaleSettings }): Decision {
  const { load, current, settings } = options;
  const ratePerSecond = load.windowMs > 0 ? (load.requests * 1000) / load.windowMs : 0;
  const meanMs = load.requests > 0 ? load.busyMs / load.requests : 0;
  const inFlight = load.windowMs > 0 ? load.busyMs / load.windowMs : 0;
  const utilization = current > 0 ? inFlight / current : inFlight;
  const target = settings.targetUtilization / 100;
  // The fewest replicas that bring the utilisation to the target or under it.
  const needed = Math.ceil(inFlight / target - 1e-9);
  const desired = Math.min(settings.maxReplicas, Math.max(settings.minReplicas, needed));
  return { current, desired, utilization, ratePerSecond, meanMs };
}

/** Whether a change may happen now: up after `upDelayMs`, down after `downDelayMs`, since the last change. */
export function isCooledDown(options: { decision: Decision; lastScaledAt: Date | null; now: number; upDelayMs: number; downDelayMs: number }): boolean {
  const { decision, lastScaledAt, now } = options;
  if (decision.desired === decision.current || lastScaledAt === null) return true;
  const since = now - lastScaledAt.getTime();
  return since >= (decision.desired > decision.current ? options.upDelayMs : options.downDelayMs);
}
