import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/client/format";
import type { CheckStatus, Health } from "@/lib/queries/health";

const STATUS_STYLE: Record<CheckStatus, string> = {
  ok: "bg-green-50 text-green-800 border-green-300",
  degraded: "bg-amber-50 text-amber-900 border-amber-300",
  down: "bg-red-50 text-red-800 border-red-300",
};

function Status({ status }: { status: CheckStatus }) {
  return <span className={`rounded-sm border px-1.5 text-xs leading-5 font-medium ${STATUS_STYLE[status]}`}>{status === "ok" ? "OK" : status}</span>;
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[10rem_1fr] gap-y-1.5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-neutral-600">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function secondsAgo(iso: string, now: number) {
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  return seconds < 90 ? `${seconds} s ago` : `${Math.round(seconds / 60)} min ago`;
}

type ProcessRow = { id: string; where: string; pid: number; isLive: boolean; heartbeatAt: string };

/** Processes that beat (workers, web): which, where, and how recently they were heard from. */
function ProcessTable({ label, where, rows, now }: { label: string; where: string; rows: ProcessRow[]; now: number }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>{label === "Workers" ? "Worker" : "Process"}</Th>
          <Th>{where}</Th>
          <Th className="text-right">PID</Th>
          <Th>State</Th>
          <Th>Last heartbeat</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="font-mono text-xs leading-5">{row.id}</Td>
            <Td className={where === "Host" ? undefined : "font-mono text-xs"}>{row.where}</Td>
            <Td className="text-right tabular-nums">{row.pid}</Td>
            <Td>{row.isLive ? <span className="text-green-800">live</span> : <span className="text-neutral-500">stale</span>}</Td>
            <Td className="whitespace-nowrap" title={formatDateTime(row.heartbeatAt)}>
              {secondsAgo(row.heartbeatAt, now)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function HealthFacts({ health }: { health: Health }) {
  const { database, migrations, workers, web, jobs } = health.checks;
  const now = new Date(health.time).getTime();
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Section title="Database" actions={<Status status={database.status} />}>
        <Facts
          rows={[
            ["PostgreSQL version", database.version ?? "—"],
            ["Round trip", database.latencyMs !== undefined ? `${database.latencyMs} ms` : "—"],
            ...(database.error ? ([["Error", <span key="e" className="text-red-800">{database.error}</span>]] as [string, ReactNode][]) : []),
          ]}
        />
      </Section>
      <Section title="Migrations" actions={<Status status={migrations.status} />}>
        <Facts
          rows={[
            ["Applied", migrations.applied ?? "—"],
            ["Pending", migrations.pending?.length ? migrations.pending.join(", ") : "none"],
            ["Latest", <span key="l" className="font-mono text-xs">{migrations.latest ?? "—"}</span>],
          ]}
        />
      </Section>
      <Section title="Job queue" actions={<Status status={jobs.status} />}>
        <Facts rows={[["Queued", jobs.queued ?? "—"], ["Running", jobs.running ?? "—"], ["Failed", jobs.failed ?? "—"]]} />
      </Section>
      <Section title={`Workers (${workers.live ?? 0} live)`} actions={<Status status={workers.status} />}>
        {workers.nodes?.length ? (
          <ProcessTable label="Workers" where="Host" now={now} rows={workers.nodes.map((n) => ({ ...n, where: n.hostname }))} />
        ) : (
          <p className="text-neutral-500">No worker has registered. Start the studio with `npm start` to run one.</p>
        )}
      </Section>
      <Section title={`Web processes (${web?.live ?? 0} live)`} actions={web ? <Status status={web.status} /> : undefined}>
        {web?.processes?.length ? (
          <ProcessTable label="Web processes" where="Listens on" now={now} rows={web.processes.map((p) => ({ ...p, where: p.url }))} />
        ) : (
          <p className="text-neutral-500">No web process has registered yet (each does within seconds of starting).</p>
        )}
      </Section>
    </div>
  );
}
