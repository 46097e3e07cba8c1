import Link from "next/link";
import { DigestCell } from "@/components/pipeline/resource-cells";
import { StateBadge } from "@/components/pipeline/state-badge";
import { serviceHref } from "@/components/services/service-links";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ComputeNodeDto } from "@/lib/computes/types";

const COLUMNS = ["Node", "Worker", "FPGA", "FPGA state", "Loaded model", "Service", "Replica"];

/** The compute's nodes: which worker hosts each simulated FPGA, what it holds and the state of the replica on it. */
export function NodesTable({ nodes }: { nodes: ComputeNodeDto[] }) {
  return (
    <Table label="Nodes">
      <TableHead columns={COLUMNS} />
      <tbody>
        {nodes.map((node) => (
          <tr key={node.name} data-testid={`node-row-${node.name}`}>
            <Td className="font-mono text-xs leading-5">{node.name}</Td>
            <Td>
              {node.worker ? (
                <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
                  <span aria-hidden="true" className={`h-2 w-2 rounded-full ${node.worker.isLive ? "bg-green-500" : "bg-red-500"}`} />
                  <span className="font-mono text-xs" title={`${node.worker.hostname}: worker ${node.worker.id}`}>
                    {node.worker.id}
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
            <DigestCell digest={node.loadedDigest} />
            <Td>
              {node.service ? (
                <Link href={serviceHref(node.service)} className="text-brand-700 hover:underline">
                  {node.service}
                </Link>
              ) : (
                <span className="text-neutral-500">free</span>
              )}
            </Td>
            <Td className="whitespace-nowrap">
              {node.replica ? (
                <span>
                  #{node.replica.index}{" "}
                  {node.replica.ready ? <span className="text-green-800">ready</span> : <span className="text-amber-800">loading</span>}
                </span>
              ) : (
                <span className="text-neutral-500">—</span>
              )}
            </Td>
          </tr>
        ))}
        {nodes.length === 0 && (
          <tr>
            <Td colSpan={COLUMNS.length} className="text-neutral-500">
              No nodes yet: they appear as provisioning places them on workers.
            </Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
