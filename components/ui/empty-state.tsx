import type { ReactNode } from "react";

export function EmptyState({ icon, title, children, actions }: { icon?: ReactNode; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-sm border border-dashed border-neutral-300 bg-white px-6 py-12 text-center">
      {icon && <div className="mb-3 text-neutral-400">{icon}</div>}
      <h2 className="text-base font-semibold text-neutral-900">{title}</h2>
      {children && <div className="mt-1 max-w-lg text-sm text-neutral-600">{children}</div>}
      {actions && <div className="mt-4 flex gap-2">{actions}</div>}
    </div>
  );
}
