import Link from "next/link";
import { computeHref } from "@/components/computes/compute-table";
import { imageHref } from "@/components/images/image-links";
import { LocalTime } from "@/components/pipeline/local-time";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ServiceDto } from "@/lib/services/types";
import { serviceHref } from "./service-links";

export function ServiceTable({ services }: { services: ServiceDto[] }) {
  return (
    <Table label="Services">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>State</Th>
          <Th>Image</Th>
          <Th>Model</Th>
          <Th>Compute</Th>
          <Th className="text-right">Replicas ready</Th>
          <Th>Auth</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.id} className="hover:bg-neutral-50" data-testid={`service-row-${s.name}`}>
            <Td>
              <Link href={serviceHref(s.name)} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                {s.name}
              </Link>
            </Td>
            <Td>
              <StateBadge state={s.state} />
            </Td>
            <Td>
              <Link href={imageHref(s.image)} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline">
                {s.image.name}:{s.image.version}
              </Link>
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
            <Td className="whitespace-nowrap text-neutral-600"><LocalTime iso={s.createdAt} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
