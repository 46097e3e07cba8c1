import Link from "next/link";
import type { ReactNode } from "react";
import { Td } from "@/components/ui/table";
import { shortDigest } from "@/lib/client/format";
import { LiveProgress } from "./live-progress";
import { LocalTime } from "./local-time";
import { StateBadge } from "./state-badge";

// Cells the pipeline's list tables share, so a conversion, an image, a compute and a
// service read alike on their pages.

/** The row's own name, linking to its page. */
export function NameCell({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Td>
      <Link href={href} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
        {children}
      </Link>
    </Td>
  );
}

/** A model or image version the row refers to, as `name:version`. */
export function RefLink({ href, target }: { href: string; target: { name: string; version: number } }) {
  return (
    <Link href={href} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline">
      {target.name}:{target.version}
    </Link>
  );
}

type StateCellProps = { state: string; progress: number; label: string; activeStates: readonly string[] };

/** The state's badge, and the job's progress bar under it while the state is one of `activeStates`. */
export function StateCell({ state, progress, label, activeStates }: StateCellProps) {
  return (
    <Td className="w-56">
      <div className="space-y-1">
        <StateBadge state={state} />
        {activeStates.includes(state) && <LiveProgress state={state} progress={progress} label={label} activeStates={activeStates} />}
      </div>
    </Td>
  );
}

/** An OCI digest, shortened, the whole of it on hover. */
export function DigestCell({ digest }: { digest: string | null }) {
  return (
    <Td className="font-mono text-xs leading-5" title={digest ?? undefined}>
      {digest ? shortDigest(digest) : "—"}
    </Td>
  );
}

export function CreatedCell({ iso }: { iso: string }) {
  return (
    <Td className="whitespace-nowrap text-neutral-600">
      <LocalTime iso={iso} />
    </Td>
  );
}

/** A cell with nothing to show. */
export function Dash() {
  return <span className="text-neutral-400">—</span>;
}
