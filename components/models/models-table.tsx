import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { TagList } from "@/components/ui/tag-list";
import { formatBytes, formatCount, formatDateTime, formatShape } from "@/lib/client/format";
import type { ModelDto, TensorInfo } from "@/lib/models/to-model-dto";
import { readGraph } from "./read-graph";

export function modelHref(model: Pick<ModelDto, "name" | "version">) {
  return `/models/${encodeURIComponent(model.name)}/versions/${model.version}`;
}

function InputsSummary({ inputs }: { inputs: TensorInfo[] }) {
  if (!inputs.length) return <span className="text-neutral-400">—</span>;
  const [first, ...rest] = inputs;
  return (
    <span className="whitespace-nowrap">
      <span className="font-mono text-xs">{first.name}</span> <span className="text-neutral-600">{formatShape(first.shape)}</span>
      {rest.length > 0 && <span className="text-neutral-500"> +{rest.length}</span>}
    </span>
  );
}

export function ModelsTable({ models }: { models: ModelDto[] }) {
  return (
    <Table label="Models">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th className="text-right">Version</Th>
          <Th>Framework</Th>
          <Th>Inputs</Th>
          <Th className="text-right">MACs</Th>
          <Th className="text-right">Size</Th>
          <Th>Tags</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => {
          const graph = readGraph(model.graph);
          return (
            <tr key={model.id} className="hover:bg-neutral-50" data-testid={`model-row-${model.name}`}>
              <Td>
                <Link href={`/models/${encodeURIComponent(model.name)}`} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                  {model.name}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{model.version}</Td>
              <Td>{model.framework}</Td>
              <Td>
                <InputsSummary inputs={model.inputs} />
              </Td>
              <Td className="text-right whitespace-nowrap tabular-nums">
                {graph.isMacsComplete === false && <span title="Some layers have unknown shapes, so this is a lower bound.">≥ </span>}
                {formatCount(graph.macs)}
              </Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatBytes(model.sizeBytes)}</Td>
              <Td>
                <TagList tags={model.tags} max={2} />
              </Td>
              <Td className="whitespace-nowrap text-neutral-600">{formatDateTime(model.createdAt)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
