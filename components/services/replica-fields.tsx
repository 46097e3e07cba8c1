import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { MAX_REPLICAS } from "@/lib/services/schemas";

type ReplicaFieldsProps = {
  replicas: number;
  onReplicas: (n: number) => void;
  /** Omit to hide the field (the deploy flow keeps one FPGA per replica). */
  fpgasPerReplica?: number;
  onFpgasPerReplica?: (n: number) => void;
  disabled?: boolean;
};

const numberValue = (n: number) => (Number.isNaN(n) ? "" : n);

/** Replicas, and FPGAs per replica for a model too large for one FPGA's on-chip memory. */
export function ReplicaFields({ replicas, onReplicas, fpgasPerReplica, onFpgasPerReplica, disabled }: ReplicaFieldsProps) {
  return (
    <div className="grid max-w-md gap-3 sm:grid-cols-2">
      <Field id="service-replicas" label="Replicas" hint="Each replica takes its own FPGA(s).">
        <input id="service-replicas" type="number" min={1} max={MAX_REPLICAS} className={`${INPUT_CLASSES} tabular-nums`} value={numberValue(replicas)} disabled={disabled} aria-describedby="service-replicas-hint" onChange={(e) => onReplicas(e.target.valueAsNumber)} />
      </Field>
      {fpgasPerReplica !== undefined && onFpgasPerReplica && (
        <Field id="service-fpgas" label="FPGAs per replica" hint="More than 1 spreads the weights over FPGAs.">
          <input id="service-fpgas" type="number" min={1} max={8} className={`${INPUT_CLASSES} tabular-nums`} value={numberValue(fpgasPerReplica)} disabled={disabled} aria-describedby="service-fpgas-hint" onChange={(e) => onFpgasPerReplica(e.target.valueAsNumber)} />
        </Field>
      )}
    </div>
  );
}
