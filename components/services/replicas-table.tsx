import { Table, Td, Th } from "@/components/ui/table";
import type { ServiceReplicaDto } from "@/lib/services/types";

export function ReplicasTable({ replicas, desired }: { replicas: ServiceReplicaDto[]; desired: number }) {
  return (
    <Table label="Replicas">
      <thead>
        <tr>
          <Th className="text-right">#</Th>
          <Th>Node</Th>
          <Th>Ready</Th>
          <Th>Scoring URI</Th>
        </tr>
      </thead>
      <tbody>
        {replicas.map((r) => (
          <tr key={r.index} data-testid={`replica-row-${r.index}`}>
            <Td className="text-right tabular-nums">{r.index}</Td>
            <Td className="font-mono text-xs leading-5">{r.node}</Td>
            <Td>{r.ready ? <span className="text-green-800">Ready</span> : <span className="text-neutral-600">Not ready</span>}</Td>
            <Td className="font-mono text-xs leading-5 break-all">{r.scoringUri ?? "—"}</Td>
          </tr>
        ))}
        {replicas.length < desired && (
          <tr>
            <Td colSpan={4} className="text-neutral-500">
              {desired - replicas.length} of {desired} replica(s) not placed yet.
            </Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
