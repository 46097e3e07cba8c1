import { Table, Td, Th } from "@/components/ui/table";
import { formatShape } from "@/lib/client/format";
import type { TensorInfo } from "@/lib/models/to-model-dto";

export function TensorTable({ label, tensors }: { label: string; tensors: TensorInfo[] }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Type</Th>
          <Th>Shape</Th>
        </tr>
      </thead>
      <tbody>
        {tensors.map((tensor) => (
          <tr key={tensor.name}>
            <Td className="font-mono text-xs leading-5">{tensor.name}</Td>
            <Td>{tensor.dtype}</Td>
            <Td className="tabular-nums">{formatShape(tensor.shape)}</Td>
          </tr>
        ))}
        {tensors.length === 0 && (
          <tr>
            <Td colSpan={3} className="text-neutral-500">
              None declared
            </Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
