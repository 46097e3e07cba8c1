import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount, formatInteger } from "@/lib/client/format";
import type { ConversionReport } from "@/lib/conversions/types";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <Th scope="row" className="w-56 bg-white font-medium">
        {label}
      </Th>
      <Td className="tabular-nums">{children}</Td>
    </tr>
  );
}

/** How the weights were stored: the number format, then what quantising them did. */
export function NumericsTable({ report }: { report: ConversionReport }) {
  const { numerics, weights } = report;
  return (
    <Table label="Weights and numerics">
      <tbody>
        <Row label="Precision">
          <span className="font-mono">{report.precision}</span>
        </Row>
        <Row label="Block size">{numerics.blockSize}</Row>
        <Row label="Shared exponent bits">{numerics.exponentBits}</Row>
        <Row label="Mantissa bits">{numerics.mantissaBits ?? "—"}</Row>
        <Row label="Rounding">{numerics.rounding}</Row>
        <Row label="Block axis">{numerics.blockAxis}</Row>
        <Row label="Quantised tensors">{formatInteger(weights.quantizedTensors)}</Row>
        <Row label="Kept tensors">{formatInteger(weights.keptTensors)}</Row>
        <Row label="Integer (QLinear) tensors kept">{formatInteger(weights.integerTensors)}</Row>
        <Row label="Quantised parameters">{formatCount(weights.quantizedParameters)}</Row>
        <Row label="Max |weight error|">{weights.maxAbsError.toExponential(3)}</Row>
        <Row label="RMS weight error">{weights.rmsError.toExponential(3)}</Row>
      </tbody>
    </Table>
  );
}
