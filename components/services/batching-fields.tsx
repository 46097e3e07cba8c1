"use client";

import { schemaProblem } from "@/components/pipeline/schema-problem";
import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { batchingSchema, MAX_BATCH_SIZE, MAX_QUEUE_DELAY_MS } from "@/lib/services/schemas";

export type Batching = { maxBatchSize: number; maxQueueDelayMs: number };
export const DEFAULT_BATCHING: Batching = { maxBatchSize: 1, maxQueueDelayMs: 0 };

/** Why the batching settings cannot be sent, in the API's own words (its zod schema), or null. */
export function batchingProblem(b: Batching): string | null {
  return schemaProblem(batchingSchema, b);
}

const numberValue = (n: number) => (Number.isNaN(n) ? "" : n);

/**
 * Dynamic batching of the node's CPU inference: off (batch 1) by default, as the FPGA
 * design is. It pays only under concurrent load, and only for a model whose batch
 * dimension is dynamic; the API refuses it for others.
 */
export function BatchingFields({ value, onChange, disabled }: { value: Batching; onChange: (b: Batching) => void; disabled?: boolean }) {
  const problem = batchingProblem(value);
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-neutral-800">Dynamic batching (CPU)</legend>
      <div className="grid max-w-md gap-3 sm:grid-cols-2">
        <Field id="service-max-batch" label="Maximum batch size" hint="1 is off: each request runs alone.">
          <input id="service-max-batch" type="number" min={1} max={MAX_BATCH_SIZE} className={`${INPUT_CLASSES} tabular-nums`} value={numberValue(value.maxBatchSize)} disabled={disabled} aria-describedby="service-max-batch-hint" onChange={(e) => onChange({ maxBatchSize: e.target.valueAsNumber, maxQueueDelayMs: e.target.valueAsNumber === 1 ? 0 : value.maxQueueDelayMs })} />
        </Field>
        <Field id="service-queue-delay" label="Maximum queue delay (ms)" hint="How long a batch waits for more requests.">
          <input id="service-queue-delay" type="number" min={0} max={MAX_QUEUE_DELAY_MS} className={`${INPUT_CLASSES} tabular-nums`} value={numberValue(value.maxQueueDelayMs)} disabled={disabled || value.maxBatchSize === 1} aria-describedby="service-queue-delay-hint" onChange={(e) => onChange({ ...value, maxQueueDelayMs: e.target.valueAsNumber })} />
        </Field>
      </div>
      <p className="text-xs text-neutral-600">Needs a model whose batch dimension is dynamic. The simulated FPGA latency stays one image&apos;s: the FPGA design runs batch 1.</p>
      {problem && <p className="text-xs text-red-700">{problem}</p>}
    </fieldset>
  );
}
