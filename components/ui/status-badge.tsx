const TONES: Record<string, string> = {
  Queued: "bg-neutral-100 text-neutral-700 border-neutral-300",
  Running: "bg-brand-50 text-brand-800 border-brand-200",
  Succeeded: "bg-green-50 text-green-800 border-green-300",
  Failed: "bg-red-50 text-red-800 border-red-300",
};

export function StatusBadge({ state }: { state: string }) {
  return (
    <span className={`inline-flex items-center rounded-sm border px-1.5 text-xs font-medium leading-5 ${TONES[state] ?? TONES.Queued}`}>
      {state}
    </span>
  );
}
