import type { Metadata } from "next";
import { HealthFacts } from "@/components/settings/health-facts";
import { RefreshButton } from "@/components/settings/refresh-button";
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
        description={`The studio's database, migrations, workers and job queue, as GET /api/v1/health reports them (read ${formatDateTime(health.time)}).`}
        actions={<RefreshButton />}
      />
      <HealthFacts health={health} />
    </>
  );
}
