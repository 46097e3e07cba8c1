import Link from "next/link";
import { CreatedCell, Dash, RefLink, StateCell } from "@/components/pipeline/resource-cells";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ConversionDto } from "@/lib/conversions/types";
import { CONVERSION_ACTIVE_STATES } from "@/lib/queries/conversions";
import { conversionHref, modelVersionHref } from "./conversion-links";

const COLUMNS = ["Conversion", "Source model", "Precision", "Device profile", "State", "Result", "Created"];

export function ConversionTable({ conversions }: { conversions: ConversionDto[] }) {
  return (
    <Table label="Conversions">
      <TableHead columns={COLUMNS} />
      <tbody>
        {conversions.map((c) => (
          <tr key={c.id} className="hover:bg-neutral-50" data-testid={`conversion-row-${c.id}`}>
            <Td>
              <Link href={conversionHref(c.id)} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline" title={c.id}>
                {c.id.slice(0, 8)}
              </Link>
            </Td>
            <Td>
              <RefLink href={modelVersionHref(c.source)} target={c.source} />
            </Td>
            {/* A TensorFlow → ONNX translation keeps float32 and targets no device. */}
            <Td className="font-mono text-xs">{c.target === "onnx" ? "→ onnx" : c.precision}</Td>
            <Td className="font-mono text-xs">{c.target === "onnx" ? <Dash /> : c.deviceProfile}</Td>
            <StateCell state={c.state} progress={c.progress} label={`Conversion of ${c.source.name}:${c.source.version}`} activeStates={CONVERSION_ACTIVE_STATES} />
            <Td>
              {c.resultModel ? (
                <RefLink href={modelVersionHref(c.resultModel)} target={c.resultModel} />
              ) : c.error ? (
                <span className="line-clamp-2 text-xs text-red-800" title={c.error}>
                  {c.error}
                </span>
              ) : (
                <Dash />
              )}
            </Td>
            <CreatedCell iso={c.createdAt} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
