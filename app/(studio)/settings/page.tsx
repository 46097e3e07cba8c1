import type { Metadata } from "next";
import { WorkspacesPanel } from "@/components/azure/workspaces-panel";
import { AuditLog } from "@/components/settings/audit-log";
import { HealthFacts } from "@/components/settings/health-facts";
import { RefreshButton } from "@/components/settings/refresh-button";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/client/format";
import { getHealth } from "@/lib/health/get-health";
import type { Health } from "@/lib/queries/health";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const health = (await getHealth()) as Health;
  return (
    <>
      <PageHeader
        title="Settings"
        description={`The studio's database, migrations, workers and job queue, as GET /api/v1/health reports them (read ${formatDateTime(health.time)}); API tokens, linked Azure ML workspaces and the audit log.`}
        actions={<RefreshButton />}
      />
      <HealthFacts health={health} />
      <Section title="API tokens" id="tokens">
        <TokensPanel />
      </Section>
      <Section title="Azure ML" id="azure">
        <WorkspacesPanel />
      </Section>
      <Section title="Audit log" id="audit">
        <AuditLog />
      </Section>
    </>
  );
}
