import { Table, Td, Th } from "@/components/ui/table";
import { formatClock, formatMs, formatProbability } from "./format-latency";
import type { HistoryEntry } from "./score-history-store";

/** The session's scores, newest first. */
export function HistoryTable({ entries, profiles, highlight }: { entries: HistoryEntry[]; profiles: string[]; highlight: string }) {
  const rows = [...entries].reverse();
  return (
    <Table label="Score history">
      <thead>
        <tr>
          <Th className="text-right">#</Th>
          <Th>Time</Th>
          <Th>Image</Th>
          <Th>Model</Th>
          <Th>Top-1</Th>
          <Th className="text-right">Measured (server)</Th>
          {profiles.map((p) => (
            <Th key={p} className={`text-right ${p === highlight ? "text-neutral-900" : ""}`}>
              <span className="font-normal text-neutral-500">Sim.</span> <span className="font-mono">{p}</span>
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.seq} className="hover:bg-neutral-50" data-testid="history-row">
            <Td className="text-right text-neutral-500 tabular-nums">{e.seq}</Td>
            <Td className="whitespace-nowrap text-neutral-600 tabular-nums">{formatClock(e.at)}</Td>
            <Td className="max-w-56 truncate" title={e.fileName}>
              {e.fileName}
            </Td>
            <Td className="font-mono text-xs whitespace-nowrap">
              {e.model.name}:{e.model.version}
            </Td>
            <Td className="whitespace-nowrap">
              {e.top1 ? (
                <>
                  {e.top1.label} <span className="text-neutral-500 tabular-nums">{formatProbability(e.top1.probability)}</span>
                </>
              ) : (
                <span className="text-red-700">{e.error ?? "—"}</span>
              )}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMs(e.serverMs)}</Td>
            {profiles.map((p) => (
              <Td key={p} className={`text-right whitespace-nowrap tabular-nums ${p === highlight ? "font-semibold" : ""}`}>
                {formatMs(e.simulated.find((s) => s.profile === p)?.totalMs)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
