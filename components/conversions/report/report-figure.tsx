/** One figure of a conversion report's summary row: a label, its value, and a line of detail. */
export function ReportFigure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="min-w-0 rounded-sm border border-neutral-200 bg-white px-3 py-2">
      <dt className="text-xs text-neutral-600">{label}</dt>
      <dd className="text-lg font-semibold text-neutral-900 tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-neutral-500">{detail}</dd>}
    </div>
  );
}
