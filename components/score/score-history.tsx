"use client";

import { Button } from "@/components/ui/button";
import { SCORE_HISTORY_LIMIT } from "@/lib/queries/score";
import { HistoryTable } from "./history-table";
import { LatencyChart } from "./latency-chart";
import { clearHistory, useScoreHistory } from "./score-history-store";

/** The last scores of this browser session: a latency chart over a compact table. */
export function ScoreHistory({ profiles, highlight }: { profiles: string[]; highlight: string }) {
  const entries = useScoreHistory();
  return (
    <section aria-labelledby="score-history-heading" className="rounded-sm border border-neutral-200 bg-white">
      <div className="flex items-center justify-between gap-2 border-b border-neutral-200 px-4 py-2">
        <h2 id="score-history-heading" className="text-sm font-semibold text-neutral-900">
          History <span className="font-normal text-neutral-500">· last {SCORE_HISTORY_LIMIT} scores of this browser session ({entries.length})</span>
        </h2>
        <Button variant="ghost" className="h-7" onClick={clearHistory} disabled={!entries.length}>
          Clear history
        </Button>
      </div>
      {entries.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-neutral-600">No scores yet. Drop an image above; each score is listed here with its latencies.</p>
      ) : (
        <div className="space-y-3 p-4">
          <LatencyChart entries={entries} profiles={profiles} highlight={highlight} />
          <HistoryTable entries={entries} profiles={profiles} highlight={highlight} />
        </div>
      )}
    </section>
  );
}
