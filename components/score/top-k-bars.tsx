import type { ScoreResult } from "@/lib/client/score-image";
import { formatProbability } from "./format-latency";

/** The top classes as labelled horizontal bars, the first emphasised. */
export function TopKBars({ top }: { top: ScoreResult["top"] }) {
  if (!top.length) return <p className="text-sm text-neutral-600">The model returned no classes.</p>;
  return (
    <ol aria-label={`Top ${top.length} classes`} className="space-y-1">
      {top.map((entry, rank) => {
        const isFirst = rank === 0;
        const percent = formatProbability(entry.probability);
        return (
          <li
            key={entry.index}
            data-testid={isFirst ? "top1" : undefined}
            title={`class ${entry.index}: ${entry.label} ${percent}`}
            className="grid grid-cols-[minmax(0,13rem)_minmax(0,1fr)_3.5rem] items-center gap-2"
          >
            <span className={`truncate ${isFirst ? "text-[15px] font-semibold text-neutral-900" : "text-neutral-700"}`}>{entry.label}</span>
            <span aria-hidden="true" className={`overflow-hidden rounded-[1px] bg-neutral-100 ${isFirst ? "h-3" : "h-2"}`}>
              <span
                className={`block h-full ${isFirst ? "bg-brand-600" : "bg-neutral-400"}`}
                style={{ width: `${Math.max(0, Math.min(1, entry.probability)) * 100}%` }}
              />
            </span>
            <span className={`text-right tabular-nums ${isFirst ? "text-[15px] font-semibold text-neutral-900" : "text-neutral-600"}`}>
              {" "}
              {percent}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
