import type { ReactNode } from "react";

/** A page of Azure ML studio (ml.azure.com), in a new tab: it lives outside the studio and asks for its own sign-in. */
export function PortalLink({ href, children = "Open in Azure ML studio", className = "text-brand-700 hover:underline" }: { href: string; children?: ReactNode; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
