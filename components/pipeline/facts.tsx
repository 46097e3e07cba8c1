import type { ReactNode } from "react";

/** A row of labelled facts on a card, as on a model's page. */
export function Facts({ children, label }: { children: ReactNode; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-sm border border-neutral-200 bg-white px-4 py-3 sm:grid-cols-3 xl:grid-cols-6">
      {children}
    </dl>
  );
}

export function Fact({ label, children, isWide = false }: { label: string; children: ReactNode; isWide?: boolean }) {
  return (
    <div className={`min-w-0 ${isWide ? "col-span-2" : ""}`}>
      <dt className="text-xs text-neutral-600">{label}</dt>
      <dd className="truncate text-sm text-neutral-900">{children}</dd>
    </div>
  );
}
