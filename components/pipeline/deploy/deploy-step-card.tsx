"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { StateBadge } from "@/components/pipeline/state-badge";
import { computeOptions } from "@/lib/queries/computes";
import { conversionOptions } from "@/lib/queries/conversions";
import { imageOptions } from "@/lib/queries/images";
import { serviceOptions } from "@/lib/queries/services";
import { DEPLOY_STEP_LABELS, stepHref, type DeployStepKey, type DeployStepRef, type DeployStepStatus } from "./deploy-steps";

type Live = { state: string; progress: number; activeStates: string[]; detail?: string };

// The orchestrator's wait polls these queries; the card only reads them (no second timer).
const READ_ONLY = { refetchInterval: false as const };

/** The resource of a step as the studio last read it, whichever kind it is. */
function useStepResource(ref: DeployStepRef | null): Live | null {
  const conversion = useQuery({ ...conversionOptions(ref?.kind === "conversion" ? ref.id : "-"), ...READ_ONLY, enabled: ref?.kind === "conversion" });
  const image = useQuery({ ...imageOptions(ref?.kind === "image" ? ref.name : "-", ref?.kind === "image" ? ref.version : 0), ...READ_ONLY, enabled: ref?.kind === "image" });
  const compute = useQuery({ ...computeOptions(ref?.kind === "compute" ? ref.name : "-"), ...READ_ONLY, enabled: ref?.kind === "compute" });
  const service = useQuery({ ...serviceOptions(ref?.kind === "service" ? ref.name : "-"), ...READ_ONLY, enabled: ref?.kind === "service" });
  const last = (log?: { message: string }[]) => log?.at(-1)?.message;
  if (ref?.kind === "conversion" && conversion.data) return { ...conversion.data, activeStates: ["Queued", "Running"], detail: last(conversion.data.log) };
  if (ref?.kind === "image" && image.data) return { ...image.data, activeStates: ["Queued", "Running"], detail: last(image.data.log) };
  if (ref?.kind === "compute" && compute.data) return { ...compute.data, activeStates: ["Creating"], detail: last(compute.data.log) };
  if (ref?.kind === "service" && service.data) {
    // A service has no progress of its own: its ready replicas stand in.
    const s = service.data;
    return { state: s.state, progress: s.desiredReplicas ? s.replicas.filter((r) => r.ready).length / s.desiredReplicas : 0, activeStates: ["Transitioning"], detail: last(s.log) };
  }
  return null;
}

const MARKS: Record<DeployStepStatus["state"], string> = { pending: "○", running: "◔", succeeded: "✓", failed: "✗", skipped: "–" };
const MARK_TONES: Record<DeployStepStatus["state"], string> = {
  pending: "border-neutral-300 text-neutral-400",
  running: "border-brand-600 text-brand-700",
  succeeded: "border-green-700 bg-green-700 text-white",
  failed: "border-red-700 bg-red-700 text-white",
  skipped: "border-neutral-200 text-neutral-300",
};

export function DeployStepCard({ stepKey, index, status, skipReason }: { stepKey: DeployStepKey; index: number; status: DeployStepStatus; skipReason: string }) {
  const live = useStepResource(status.ref);
  const label = DEPLOY_STEP_LABELS[stepKey];
  return (
    <li className="grid grid-cols-[1.75rem_minmax(0,1fr)] gap-3" data-testid={`deploy-step-${stepKey}`} data-step-state={status.state} aria-current={status.state === "running" ? "step" : undefined}>
      <span aria-hidden="true" className={`grid h-7 w-7 place-items-center rounded-full border-2 text-sm font-semibold ${MARK_TONES[status.state]}`}>
        {status.state === "pending" ? index + 1 : MARKS[status.state]}
      </span>
      <div className="min-w-0 space-y-1.5 pb-4">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className={`text-sm font-semibold ${status.state === "skipped" ? "text-neutral-400" : "text-neutral-900"}`}>
            {label}
            <span className="sr-only">: {status.state}</span>
          </h3>
          {live && <StateBadge state={live.state} />}
          {status.ref && (
            <Link href={stepHref(status.ref)} className="text-xs text-brand-700 hover:underline">
              Open {status.ref.kind} {"id" in status.ref ? status.ref.id.slice(0, 8) : status.ref.name}
              {status.ref.kind === "image" ? `:${status.ref.version}` : ""}
            </Link>
          )}
        </div>
        {status.state === "skipped" && <p className="text-xs text-neutral-500">{skipReason}</p>}
        {status.state === "running" && !live && <p className="text-xs text-neutral-600">Starting…</p>}
        {live && status.state !== "skipped" && <LiveProgress state={live.state} progress={live.progress} label={`${label} progress`} activeStates={live.activeStates} detail={live.detail} />}
        {status.state === "failed" && <ProblemAlert error={status.error} title={`${label} failed`} />}
      </div>
    </li>
  );
}
