import type { ConversionReport } from "@/lib/conversions/types";

function Names({ names, empty }: { names: string[]; empty: string }) {
  if (!names.length) return <span className="text-neutral-500">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {names.map((name) => (
        <li key={name} className="rounded-sm bg-neutral-100 px-1.5 font-mono text-xs leading-5 text-neutral-800">
          {name}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the graph was cut: the featurizer runs on the FPGA's NPU, the head (whatever the
 * NPU cannot run) on the host CPU, as Azure's hardware-accelerated models split them.
 */
export function SplitFacts({ split }: { split: ConversionReport["split"] }) {
  const total = split.npuOps + split.hostOps;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm md:grid-cols-2" aria-label="Featurizer and head">
      <div>
        <dt className="text-xs text-neutral-600">Featurizer on the FPGA</dt>
        <dd className="text-neutral-900">
          {split.npuOps} of {total} ops
        </dd>
      </div>
      <div>
        <dt className="text-xs text-neutral-600">Head on the host CPU</dt>
        <dd className="text-neutral-900">{split.hostOps === 0 ? "none: the whole graph runs on the FPGA" : `${split.hostOps} ops`}</dd>
      </div>
      <div>
        <dt className="mb-0.5 text-xs text-neutral-600">Host op types</dt>
        <dd>
          <Names names={split.hostOpTypes} empty="none" />
        </dd>
      </div>
      <div>
        <dt className="mb-0.5 text-xs text-neutral-600">Boundary tensors (FPGA → host)</dt>
        <dd>
          <Names names={split.boundaryTensors} empty="none" />
        </dd>
      </div>
      <div>
        <dt className="mb-0.5 text-xs text-neutral-600">Layers on the host</dt>
        <dd>
          <Names names={split.hostLayers ?? []} empty="none" />
        </dd>
      </div>
      <div>
        <dt className="mb-0.5 text-xs text-neutral-600">Tensors computed on the host</dt>
        <dd>
          <Names names={split.hostTensors} empty="none" />
        </dd>
      </div>
    </dl>
  );
}
