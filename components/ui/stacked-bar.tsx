export type BarSegment = { key: string; label: string; value: number; color: string; title?: string };

type StackedBarProps = {
  segments: BarSegment[];
  /** What a screen reader hears instead of the picture, e.g. "Measured 23.4 ms: decode 2.1 ms, …". */
  label: string;
  /** The value that fills the whole track; defaults to the sum, so bars on a shared scale pass the largest total. */
  scaleMax?: number;
  /** Tooltip text of one segment. */
  describe?: (segment: BarSegment) => string;
  className?: string;
};

/**
 * A horizontal bar cut into coloured segments, each as wide as its share of `scaleMax`.
 * Zero-width segments are skipped; a segment too thin to see still gets 1px.
 */
export function StackedBar({ segments, label, scaleMax, describe, className = "h-3" }: StackedBarProps) {
  const sum = segments.reduce((total, s) => total + Math.max(0, s.value), 0);
  const max = scaleMax && scaleMax > 0 ? scaleMax : sum;
  return (
    <div role="img" aria-label={label} className={`flex w-full overflow-hidden rounded-[1px] bg-neutral-100 ${className}`}>
      {max > 0 &&
        segments
          .filter((s) => s.value > 0)
          .map((segment) => (
            <div
              key={segment.key}
              title={describe ? describe(segment) : segment.label}
              className="h-full shrink-0 border-r border-white/70 last:border-r-0"
              style={{ width: `${(segment.value / max) * 100}%`, minWidth: 1, backgroundColor: segment.color }}
            />
          ))}
    </div>
  );
}
