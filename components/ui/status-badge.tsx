const TONES = {
  neutral: "bg-neutral-100 text-neutral-700 border-neutral-300",
  active: "bg-brand-50 text-brand-800 border-brand-200",
  success: "bg-green-50 text-green-800 border-green-300",
  warning: "bg-amber-50 text-amber-900 border-amber-300",
  danger: "bg-red-50 text-red-800 border-red-300",
};

export type StatusTone = keyof typeof TONES;

const STATE_TONES: Record<string, StatusTone> = { Queued: "neutral", Running: "active", Succeeded: "success", Failed: "danger" };

/** A state in words on its tone; `tone` overrides the tone of the four job states. */
export function StatusBadge({ state, tone, isLive = false }: { state: string; tone?: StatusTone; isLive?: boolean }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-sm border px-1.5 text-xs font-medium leading-5 ${TONES[tone ?? STATE_TONES[state] ?? "neutral"]}`}
    >
      {isLive && <span aria-hidden="true" className="h-1.5 w-1.5 animate-pulse rounded-full bg-current" />}
      {state}
    </span>
  );
}
