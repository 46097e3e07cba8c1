import Link from "next/link";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { LocalTime } from "@/components/pipeline/local-time";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ConversionDto } from "@/lib/conversions/types";
import { isConversionActive } from "@/lib/queries/conversions";

export const CONVERSION_ACTIVE_STATES = ["Queued", "Running"] as const;

export const conversionHref = (id: string) => `/conversions/${encodeURIComponent(id)}`;
export const modelVersionHref = (m: { name: string; version: number }) => `/models/${encodeURIComponent(m.name)}/versions/${m.version}`;

export function ConversionTable({ conversions }: { conversions: ConversionDto[] }) {
  return (
    <Table label="Conversions">
      <thead>
        <tr>
          <Th>Conversion</Th>
          <Th>Source model</Th>
          <Th>Precision</Th>
          <Th>Device profile</Th>
          <Th>State</Th>
          <Th>Result</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {conversions.map((c) => (
          <tr key={c.id} className="hover:bg-neutral-50" data-testid={`conversion-row-${c.id}`}>
            <Td>
              <Link href={conversionHref(c.id)} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline" title={c.id}>
                {c.id.slice(0, 8)}
              </Link>
            </Td>
            <Td>
              <Link href={modelVersionHref(c.source)} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline">
                {c.source.name}:{c.source.version}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{c.precision}</Td>
            <Td className="font-mono text-xs">{c.deviceProfile}</Td>
            <Td className="w-56">
              {isConversionActive(c) ? (
                <div className="space-y-1">
                  <StateBadge state={c.state} />
                  <LiveProgress state={c.state} progress={c.progress} label={`Conversion of ${c.source.name}:${c.source.version}`} activeStates={CONVERSION_ACTIVE_STATES} />
                </div>
              ) : (
                <StateBadge state={c.state} />
              )}
            </Td>
            <Td>
              {c.resultModel ? (
                <Link href={modelVersionHref(c.resultModel)} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline">
                  {c.resultModel.name}:{c.resultModel.version}
                </Link>
              ) : c.error ? (
                <span className="line-clamp-2 text-xs text-red-800" title={c.error}>
                  {c.error}
                </span>
              ) : (
                <span className="text-neutral-400">—</span>
              )}
            </Td>
            <Td className="whitespace-nowrap text-neutral-600"><LocalTime iso={c.createdAt} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
