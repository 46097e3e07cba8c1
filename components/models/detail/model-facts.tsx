import Link from "next/link";
import type { ReactNode } from "react";
import { formatBytes, formatDateTime, shortDigest } from "@/lib/client/format";
import type { ModelDto } from "@/lib/models/to-model-dto";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-neutral-600">{label}</dt>
      <dd className="truncate text-sm text-neutral-900">{children}</dd>
    </div>
  );
}

export function ModelFacts({ model }: { model: ModelDto }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-sm border border-neutral-200 bg-white px-4 py-3 sm:grid-cols-3 xl:grid-cols-6">
      <Fact label="Framework">{model.framework}</Fact>
      <Fact label="Task">{model.task === "detection" ? "Detection" : "Classification"}</Fact>
      <Fact label="Version">{model.version}</Fact>
      <Fact label="Size">{formatBytes(model.sizeBytes)}</Fact>
      <Fact label="Digest">
        <span className="font-mono text-xs" title={`sha256:${model.digest}`}>
          {shortDigest(model.digest)}
        </span>
      </Fact>
      <Fact label="Created">{formatDateTime(model.createdAt)}</Fact>
      <Fact label="File">
        <span title={model.fileName}>{model.fileName}</span>
      </Fact>
      {model.catalogId && <Fact label="From catalog">{model.catalogId}</Fact>}
      {model.parent && (
        <Fact label="Converted from">
          <Link href={`/models/${model.parent.name}/versions/${model.parent.version}`} className="text-brand-700 hover:underline">
            {model.parent.name}:{model.parent.version}
          </Link>
        </Fact>
      )}
    </dl>
  );
}
