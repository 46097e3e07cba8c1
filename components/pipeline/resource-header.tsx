import Link from "next/link";
import type { ReactNode } from "react";
import { StateBadge } from "./state-badge";

type ResourceHeaderProps = {
  /** The list page this resource belongs to. */
  section: { href: string; label: string };
  title: ReactNode;
  /** Breadcrumb text of the resource itself (defaults to the title). */
  crumb?: string;
  state?: string;
  /** Small text beside the badge, e.g. the version. */
  meta?: ReactNode;
  actions?: ReactNode;
};

/** Breadcrumb, name, live state and actions of a conversion, image, compute or service page. */
export function ResourceHeader({ section, title, crumb, state, meta, actions }: ResourceHeaderProps) {
  return (
    <div className="mb-4 space-y-2">
      <nav aria-label="Breadcrumb" className="text-sm text-neutral-600">
        <Link href={section.href} className="text-brand-700 hover:underline">
          {section.label}
        </Link>{" "}
        / <span>{crumb ?? title}</span>
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-3">
          <h1 className="min-w-0 truncate text-xl font-semibold">{title}</h1>
          {state && <StateBadge state={state} />}
          {meta}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </header>
    </div>
  );
}
