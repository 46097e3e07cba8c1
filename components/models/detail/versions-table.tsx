import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { TagList } from "@/components/ui/tag-list";
import { formatBytes, formatDateTime, shortDigest } from "@/lib/client/format";
import type { ModelDto } from "@/lib/models/to-model-dto";
import { modelHref } from "../models-table";

export function VersionsTable({ versions, current }: { versions: ModelDto[]; current: number }) {
  return (
    <Table label="Versions">
      <thead>
        <tr>
          <Th>Version</Th>
          <Th>Created</Th>
          <Th className="text-right">Size</Th>
          <Th>Digest</Th>
          <Th>Tags</Th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} className={v.version === current ? "bg-brand-50" : "hover:bg-neutral-50"}>
            <Td>
              {v.version === current ? (
                <span className="font-semibold" aria-current="page">
                  {v.version} (shown)
                </span>
              ) : (
                <Link href={modelHref(v)} className="text-brand-700 hover:underline">
                  Version {v.version}
                </Link>
              )}
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(v.createdAt)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatBytes(v.sizeBytes)}</Td>
            <Td className="font-mono text-xs leading-5" title={v.digest}>
              {shortDigest(v.digest)}
            </Td>
            <Td>
              <TagList tags={v.tags} max={4} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
