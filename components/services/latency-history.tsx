"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Section } from "@/components/ui/section";
import { serviceLatencyOptions } from "@/lib/queries/service-latency";
import type { LatencyWindow } from "@/lib/service-history/types";
import { LatencyFigures } from "./latency-figures";
import { WINDOW_LABELS } from "./latency-format";

const WINDOW_OPTIONS = (Object.keys(WINDOW_LABELS) as LatencyWindow[]).map((value) => ({ value, label: WINDOW_LABELS[value] }));

/**
 * The service's measured latency over the last hour, day or week, with the simulated
 * latency of the same requests beside it, and its request and error rates: from the
 * per-minute history the nodes keep (GET /api/v1/services/{name}/latency).
 */
export function LatencyHistory({ name, deviceProfile }: { name: string; deviceProfile: string }) {
  const [span, setSpan] = useState<LatencyWindow>("1h");
  const { data, error } = useQuery(serviceLatencyOptions({ name, window: span }));
  return (
    <Section title="Latency" id="service-latency-history" actions={<SegmentedControl label="Time window" options={WINDOW_OPTIONS} value={span} onChange={setSpan} isLabelVisible={false} />}>
      <section aria-label="Latency over time" aria-busy={!data && !error} className="space-y-4">
        {/* A failed refresh keeps the figures already shown; only a first failure says so. */}
        {data ? (
          data.overall.requests === 0 ? (
            <p className="py-6 text-center text-sm text-neutral-600" data-testid="latency-empty">
              No traffic in the {WINDOW_LABELS[span].toLowerCase()} yet. Score an image on the Test tab, or call the scoring URI: requests appear here within about 15 seconds.
            </p>
          ) : (
            <LatencyFigures latency={data} deviceProfile={deviceProfile} />
          )
        ) : error ? (
          <p role="alert" className="text-sm text-red-700">
            The latency history could not be read: {error.message}
          </p>
        ) : (
          <p className="text-sm text-neutral-600">Reading the latency history…</p>
        )}
      </section>
    </Section>
  );
}
