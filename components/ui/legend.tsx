import type { ReactNode } from "react";

export type LegendItem = {
  key: string;
  label: ReactNode;
  color: string;
  value?: ReactNode;
  shape?: "square" | "line" | "dot";
  /** A tooltip explaining the item. */
  title?: string;
};

/** Swatches with their names (and values), in a wrapping row: the key of a chart or stacked bar. */
export function Legend({ items, label, className = "" }: { items: LegendItem[]; label: string; className?: string }) {
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-neutral-700 ${className}`}>
      {items.map((item) => (
        <li key={item.key} title={item.title} className="inline-flex items-center gap-1.5 whitespace-nowrap" data-testid={`legend-${item.key}`}>
          <Swatch color={item.color} shape={item.shape ?? "square"} />
          <span>{item.label}</span>
          {item.value !== undefined && <span className="font-medium text-neutral-900 tabular-nums">{item.value}</span>}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ color, shape }: { color: string; shape: "square" | "line" | "dot" }) {
  if (shape === "line") {
    return (
      <svg width="16" height="8" aria-hidden="true" className="shrink-0">
        <line x1="0" y1="4" x2="16" y2="4" stroke={color} strokeWidth="2" />
        <circle cx="8" cy="4" r="2.5" fill={color} />
      </svg>
    );
  }
  return <span aria-hidden="true" className={`h-2.5 w-2.5 shrink-0 ${shape === "dot" ? "rounded-full" : "rounded-[1px]"}`} style={{ backgroundColor: color }} />;
}
