import { Select } from "@/components/ui/select";
import type { ConversionPrecision } from "@/lib/conversions/types";
import { PRECISIONS } from "./precisions";

type PrecisionSelectProps = {
  id: string;
  value: ConversionPrecision;
  onChange: (precision: ConversionPrecision) => void;
  className?: string;
  disabled?: boolean;
  describedBy?: string;
};

/** The precisions a conversion quantises to, ms-fp9 marked as the default. */
export function PrecisionSelect({ id, value, onChange, className, disabled, describedBy }: PrecisionSelectProps) {
  return (
    <Select id={id} className={className} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value as ConversionPrecision)}>
      {PRECISIONS.map((p) => (
        <option key={p.value} value={p.value}>
          {p.label}
        </option>
      ))}
    </Select>
  );
}
