import { WarningIcon } from "@/components/ui/more-icons";
import { formatCount } from "@/lib/client/format";

const MAX_ROWS = 14;

type Row = { op: string; count: number; macs: number };

type OpHistogramProps = {
  histogram: Record<string, number>;
  macsByOp?: Record<string, number>;
  /** Ops the converter cannot translate (a TensorFlow graph's): marked, and never folded into "Other". */
  flagged?: string[];
};

/** Nodes per operator as horizontal bars (plain CSS), most frequent first; the tail folds into "Other". */
export function OpHistogram({ histogram, macsByOp = {}, flagged = [] }: OpHistogramProps) {
  const isFlagged = (op: string) => flagged.includes(op);
  const rows: Row[] = Object.entries(histogram)
    .map(([op, count]) => ({ op, count, macs: macsByOp[op] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.op.localeCompare(b.op));
  const kept = rows.length > MAX_ROWS ? rows.slice(0, MAX_ROWS - 1) : rows;
  const shown = [...kept, ...rows.slice(kept.length).filter((r) => isFlagged(r.op))];
  const rest = rows.slice(kept.length).filter((r) => !isFlagged(r.op));
  if (rest.length) {
    shown.push({
      op: `Other (${rest.length} ops)`,
      count: rest.reduce((sum, r) => sum + r.count, 0),
      macs: rest.reduce((sum, r) => sum + r.macs, 0),
    });
  }
  const max = Math.max(1, ...shown.map((r) => r.count));
  if (!shown.length) return <p className="text-neutral-500">The graph has no nodes.</p>;
  return (
    <ul aria-label="Nodes per operator" className="space-y-1" data-testid="op-histogram">
      {shown.map((row) => (
        <li key={row.op} className="grid grid-cols-[12rem_1fr_11.5rem] items-center gap-2 text-xs" data-unsupported={isFlagged(row.op) || undefined}>
          <span className={`truncate text-right font-mono ${isFlagged(row.op) ? "text-amber-800" : "text-neutral-800"}`} title={isFlagged(row.op) ? `${row.op}: the converter cannot translate it` : row.op}>
            {isFlagged(row.op) && <WarningIcon size={12} className="mr-1 inline-block align-[-1px]" aria-hidden="true" />}
            {row.op}
          </span>
          <span className="h-3.5 bg-neutral-100" aria-hidden="true">
            <span className={`block h-full ${isFlagged(row.op) ? "bg-amber-500" : "bg-brand-500"}`} style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
          <span className="tabular-nums text-neutral-700">
            {row.count} {row.count === 1 ? "node" : "nodes"}
            {row.macs > 0 && <span className="text-neutral-500"> · {formatCount(row.macs)} MACs</span>}
            {isFlagged(row.op) && <span className="text-amber-800"> · unsupported</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
