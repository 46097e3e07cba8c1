import Link from "next/link";
import { computeHref } from "@/components/computes/compute-links";
import { imageHref } from "@/components/images/image-links";
import { CreatedCell, NameCell, RefLink } from "@/components/pipeline/resource-cells";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ServiceDto } from "@/lib/services/types";
import { serviceHref } from "./service-links";

const COLUMNS = ["Name", "State", "Image", "Model", "Compute", { label: "Replicas ready", className: "text-right" }, "Auth", "Created"];

export function ServiceTable({ services }: { services: ServiceDto[] }) {
  return (
    <Table label="Services">
      <TableHead columns={COLUMNS} />
      <tbody>
        {services.map((s) => (
          <tr key={s.id} className="hover:bg-neutral-50" data-testid={`service-row-${s.name}`}>
            <NameCell href={serviceHref(s.name)}>{s.name}</NameCell>
            <Td>
              <StateBadge state={s.state} />
            </Td>
            <Td>
              <RefLink href={imageHref(s.image)} target={s.image} />
            </Td>
            <Td className="font-mono text-xs whitespace-nowrap">
              {s.model.name}:{s.model.version}
            </Td>
            <Td>
              <Link href={computeHref(s.compute)} className="whitespace-nowrap text-brand-700 hover:underline">
                {s.compute}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">
              {s.replicas.filter((r) => r.ready).length} / {s.desiredReplicas}
            </Td>
            <Td>{s.authEnabled ? "Key" : <span className="text-amber-800">Off</span>}</Td>
            <CreatedCell iso={s.createdAt} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
