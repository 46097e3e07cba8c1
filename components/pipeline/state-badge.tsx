import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

// Every state of the pipeline's resources (ARCHITECTURE.md, "Resources and their states")
// on the studio's badge tones; a state that is still moving gets a pulsing dot.
const STATE_TONES: Record<string, { tone: StatusTone; isLive?: boolean }> = {
  Queued: { tone: "neutral", isLive: true },
  Running: { tone: "active", isLive: true },
  Succeeded: { tone: "success" },
  Failed: { tone: "danger" },
  Cancelled: { tone: "neutral" },
  TimedOut: { tone: "danger" },
  Creating: { tone: "active", isLive: true },
  Deleting: { tone: "warning", isLive: true },
  Transitioning: { tone: "active", isLive: true },
  Healthy: { tone: "success" },
  Unhealthy: { tone: "warning" },
  // FPGA node states
  Idle: { tone: "neutral" },
  Reflashing: { tone: "active", isLive: true },
  Ready: { tone: "success" },
};

/** The badge of a resource's state; its text is exactly the state, so tests and screen readers read it as the API says it. */
export function StateBadge({ state }: { state: string }) {
  const { tone, isLive } = STATE_TONES[state] ?? { tone: "neutral" as const };
  return (
    <span data-testid="state-badge" data-state={state} className="inline-flex">
      <StatusBadge state={state} tone={tone} isLive={isLive} />
    </span>
  );
}
