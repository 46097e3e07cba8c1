import { CreatedCell, NameCell, StateCell } from "@/components/pipeline/resource-cells";
import { ServiceLinkList } from "@/components/pipeline/service-link-list";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ComputeDto } from "@/lib/computes/types";
import { COMPUTE_ACTIVE_STATES, freeNodeCount } from "@/lib/queries/computes";
import { computeHref } from "./compute-links";

const COLUMNS = ["Name", "Region", "VM size", { label: "Nodes", className: "text-right" }, { label: "Free FPGAs", className: "text-right" }, "State", "Services", "Created"];

export function ComputeTable({ computes }: { computes: ComputeDto[] }) {
  return (
    <Table label="Computes">
      <TableHead columns={COLUMNS} />
      <tbody>
        {computes.map((c) => (
          <tr key={c.id} className="hover:bg-neutral-50" data-testid={`compute-row-${c.name}`}>
            <NameCell href={computeHref(c.name)}>{c.name}</NameCell>
            <Td className="font-mono text-xs">{c.region}</Td>
            <Td className="whitespace-nowrap">{c.vmSize}</Td>
            <Td className="text-right tabular-nums">{c.agentCount}</Td>
            <Td className="text-right tabular-nums">{c.state === "Succeeded" ? freeNodeCount(c) : "—"}</Td>
            <StateCell state={c.state} progress={c.progress} label={`${c.state === "Creating" ? "Provisioning" : "Deletion"} of ${c.name}`} activeStates={COMPUTE_ACTIVE_STATES} />
            <Td>
              <ServiceLinkList names={c.services} />
            </Td>
            <CreatedCell iso={c.createdAt} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
