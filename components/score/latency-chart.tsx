import { Legend } from "@/components/ui/legend";
import { formatMs } from "./format-latency";
import { profileColor } from "./latency-parts";
import type { HistoryEntry } from "./score-history-store";

const WIDTH = 1120;
const HEIGHT = 250;
const MARGIN = { top: 10, right: 12, bottom: 34, left: 78 };
const BAR_COLOR = "#9cc3e8";
const BAR_EDGE = "#2b88d8";

type LatencyChartProps = { entries: HistoryEntry[]; profiles: string[]; highlight: string };

/**
 * Per request (oldest left): the measured server time as a bar and each profile's
 * simulated total as a point on a line. Log scale, because the two differ by one to two
 * orders of magnitude and both must stay readable. Plain SVG; the table beside it has
 * the same numbers for screen readers.
 */
export function LatencyChart({ entries, profiles, highlight }: LatencyChartProps) {
  const scored = entries.filter((e) => e.serverMs !== null);
  if (!scored.length) return <p className="py-6 text-center text-sm text-neutral-600">The chart fills in as images are scored.</p>;

  const values = scored.flatMap((e) => [e.serverMs!, ...e.simulated.map((s) => s.totalMs)]).filter((v) => v > 0);
  const ticks = logTicks(Math.min(...values), Math.max(...values));
  const low = Math.log10(ticks[0]);
  const high = Math.log10(ticks[ticks.length - 1]);

  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (ms: number) => MARGIN.top + plotH - ((Math.log10(Math.max(ms, ticks[0])) - low) / (high - low)) * plotH;
  const step = plotW / scored.length;
  const x = (i: number) => MARGIN.left + step * (i + 0.5);
  const barW = Math.max(3, Math.min(28, step * 0.55));
  const labelEvery = Math.ceil(scored.length / 25);

  // Label every 1-2-5 step on a short axis, only the decades on a long one.
  const isDecade = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
  const nearDecade = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 0.35;
  const isBound = (v: number) => v === ticks[0] || v === ticks[ticks.length - 1];
  const labelled = (v: number) => ticks.length <= 9 || isDecade(v) || (isBound(v) && !nearDecade(v));
  // Draw the highlighted profile last, so it sits on top.
  const ordered = [...profiles].sort((a, b) => Number(a === highlight) - Number(b === highlight));

  return (
    <figure className="min-w-0">
      <Legend
        label="Chart legend"
        className="mb-1"
        items={[
          { key: "chart-measured", label: "Measured server time (CPU)", color: BAR_EDGE },
          ...profiles.map((p, i) => ({ key: `chart-${p}`, label: `Simulated ${p}`, color: profileColor(p, i), shape: "line" as const })),
        ]}
      />
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full font-sans"
        role="img"
        aria-label={`Latency of the last ${scored.length} scores: measured server time as bars and simulated FPGA totals as lines, in milliseconds on a log scale.`}
        data-testid="latency-chart"
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} stroke={isDecade(v) ? "#e1dfdd" : "#f3f2f1"} />
            {labelled(v) && (
              <text x={MARGIN.left - 6} y={y(v)} dy="0.32em" textAnchor="end" fontSize="11" fill="#605e5c">
                {formatTick(v)}
              </text>
            )}
          </g>
        ))}
        <text transform={`translate(12 ${MARGIN.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize="11" fill="#605e5c">
          latency, ms (log scale)
        </text>

        {scored.map((e, i) => {
          const top = y(e.serverMs!);
          return (
            <rect key={e.seq} x={x(i) - barW / 2} y={top} width={barW} height={MARGIN.top + plotH - top} fill={BAR_COLOR} stroke={BAR_EDGE} strokeWidth="0.75">
              <title>{`#${e.seq} ${e.fileName}: measured ${formatMs(e.serverMs)} on the server`}</title>
            </rect>
          );
        })}

        {ordered.map((profile) => {
          const color = profileColor(profile, profiles.indexOf(profile));
          const isHighlighted = profile === highlight;
          const points = scored.flatMap((e, i) => {
            const sim = e.simulated.find((s) => s.profile === profile);
            return sim ? [{ cx: x(i), cy: y(sim.totalMs), e, ms: sim.totalMs }] : [];
          });
          return (
            <g key={profile} data-profile={profile}>
              {points.length > 1 && (
                <polyline
                  points={points.map((p) => `${p.cx},${p.cy}`).join(" ")}
                  fill="none"
                  stroke={color}
                  strokeWidth={isHighlighted ? 2 : 1.25}
                  strokeOpacity={isHighlighted ? 1 : 0.75}
                />
              )}
              {points.map((p) => (
                <circle key={p.e.seq} cx={p.cx} cy={p.cy} r={isHighlighted ? 3.5 : 2.75} fill={isHighlighted ? color : "white"} stroke={color} strokeWidth="1.5">
                  <title>{`#${p.e.seq} ${p.e.fileName}: simulated ${formatMs(p.ms)} on ${profile}`}</title>
                </circle>
              ))}
            </g>
          );
        })}

        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} stroke="#8a8886" />
        {scored.map((e, i) =>
          i % labelEvery === 0 || i === scored.length - 1 ? (
            <text key={e.seq} x={x(i)} y={MARGIN.top + plotH + 14} textAnchor="middle" fontSize="11" fill="#605e5c">
              {e.seq}
            </text>
          ) : null,
        )}
        <text x={MARGIN.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="11" fill="#605e5c">
          request # (oldest → newest)
        </text>
      </svg>
    </figure>
  );
}

/** The 1-2-5 steps from one step under the largest one at or under `min` to the smallest one at or over `max`, spanning at least two decades. */
function logTicks(min: number, max: number): number[] {
  const steps = [1, 2, 5];
  const all: number[] = [];
  for (let decade = Math.floor(Math.log10(min)) - 1; decade <= Math.ceil(Math.log10(max)); decade += 1) {
    for (const step of steps) all.push(Number((step * 10 ** decade).toPrecision(1)));
  }
  let from = all.findLastIndex((v) => v <= min) - 1; // one step of room under the lowest point
  const to = all.findIndex((v) => v >= max);
  while (to - from < 6 && from > 0) from -= 1; // at least two decades: 1-2-5 has three steps a decade
  return all.slice(Math.max(0, from), to + 1);
}

function formatTick(ms: number): string {
  return ms >= 1 ? `${ms.toLocaleString("en-US")} ms` : `${Number(ms.toPrecision(1))} ms`;
}
