import Link from "next/link";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { LocalTime } from "@/components/pipeline/local-time";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ComputeDto } from "@/lib/computes/types";
import { freeNodeCount } from "@/lib/queries/computes";

export const COMPUTE_ACTIVE_STATES = ["Creating", "Deleting"] as const;
export const computeHref = (name: string) => `/compute/${encodeURIComponent(name)}`;

export function ComputeTable({ computes }: { computes: ComputeDto[] }) {
  return (
    <Table label="Computes">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Region</Th>
          <Th>VM size</Th>
          <Th className="text-right">Nodes</Th>
          <Th className="text-right">Free FPGAs</Th>
          <Th>State</Th>
          <Th>Services</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {computes.map((c) => (
          <tr key={c.id} className="hover:bg-neutral-50" data-testid={`compute-row-${c.name}`}>
            <Td>
              <Link href={computeHref(c.name)} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                {c.name}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{c.region}</Td>
            <Td className="whitespace-nowrap">{c.vmSize}</Td>
            <Td className="text-right tabular-nums">{c.agentCount}</Td>
            <Td className="text-right tabular-nums">{c.state === "Succeeded" ? freeNodeCount(c) : "—"}</Td>
            <Td className="w-56">
              <div className="space-y-1">
                <StateBadge state={c.state} />
                {(c.state === "Creating" || c.state === "Deleting") && (
                  <LiveProgress state={c.state} progress={c.progress} label={`${c.state === "Creating" ? "Provisioning" : "Deletion"} of ${c.name}`} activeStates={COMPUTE_ACTIVE_STATES} />
                )}
              </div>
            </Td>
            <Td>
              {c.services.length ? (
                <ul className="flex flex-wrap gap-x-2 text-xs">
                  {c.services.map((s) => (
                    <li key={s}>
                      <Link href={`/services/${encodeURIComponent(s)}`} className="text-brand-700 hover:underline">
                        {s}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-neutral-400">—</span>
              )}
            </Td>
            <Td className="whitespace-nowrap text-neutral-600"><LocalTime iso={c.createdAt} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
