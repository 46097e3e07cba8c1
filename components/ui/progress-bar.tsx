type ProgressBarProps = {
  /** 0..1; null for an indeterminate bar (the server is working, the amount is unknown). */
  value: number | null;
  label: string;
  /** What a screen reader says instead of the bare percentage, e.g. "1.2 MB of 4.7 MB". */
  valueText?: string;
  tone?: "brand" | "success" | "danger";
};

const TONES = { brand: "bg-brand-600", success: "bg-green-700", danger: "bg-red-700" };

export function ProgressBar({ value, label, valueText, tone = "brand" }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
      className="relative h-1.5 w-full overflow-hidden rounded-full bg-neutral-200"
    >
      {percent === null ? (
        <div className={`absolute inset-y-0 w-1/3 animate-pulse rounded-full ${TONES[tone]}`} style={{ left: "33%" }} />
      ) : (
        <div className={`h-full rounded-full transition-[width] duration-200 ${TONES[tone]}`} style={{ width: `${percent}%` }} />
      )}
    </div>
  );
}
