import Link from "next/link";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { shortDigest } from "@/lib/client/format";
import type { ComputeNodeDto } from "@/lib/computes/types";

/** The compute's nodes: which worker hosts each simulated FPGA, and what it holds. */
export function NodesTable({ nodes }: { nodes: ComputeNodeDto[] }) {
  return (
    <Table label="Nodes">
      <thead>
        <tr>
          <Th>Node</Th>
          <Th>Worker</Th>
          <Th>FPGA</Th>
          <Th>FPGA state</Th>
          <Th>Loaded model</Th>
          <Th>Service</Th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((node) => (
          <tr key={node.name} data-testid={`node-row-${node.name}`}>
            <Td className="font-mono text-xs leading-5">{node.name}</Td>
            <Td>
              {node.worker ? (
                <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
                  <span aria-hidden="true" className={`h-2 w-2 rounded-full ${node.worker.isLive ? "bg-green-500" : "bg-red-500"}`} />
                  <span className="font-mono text-xs" title={node.worker.id}>
                    {node.worker.hostname}
                  </span>
                  <span className="text-xs text-neutral-500">{node.worker.isLive ? "live" : "not responding"}</span>
                </span>
              ) : (
                <span className="text-xs text-amber-800">no live worker</span>
              )}
            </Td>
            <Td className="whitespace-nowrap">{node.fpga}</Td>
            <Td>
              <StateBadge state={node.state} />
            </Td>
            <Td className="font-mono text-xs leading-5" title={node.loadedDigest ?? undefined}>
              {node.loadedDigest ? shortDigest(node.loadedDigest) : "—"}
            </Td>
            <Td>
              {node.service ? (
                <Link href={`/services/${encodeURIComponent(node.service)}`} className="text-brand-700 hover:underline">
                  {node.service}
                </Link>
              ) : (
                <span className="text-neutral-500">free</span>
              )}
            </Td>
          </tr>
        ))}
        {nodes.length === 0 && (
          <tr>
            <Td colSpan={6} className="text-neutral-500">
              No nodes yet: they appear as provisioning places them on workers.
            </Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
