import type { Metadata } from "next";
import { loadOr404 } from "@/components/pipeline/load-or-404";
import { firstParam, type SearchParams } from "@/components/pipeline/search-params";
import { ServiceDetail } from "@/components/services/service-detail";
import { SERVICE_TABS, type ServiceTab } from "@/components/services/service-tabs";
import { getServiceOrThrow } from "@/lib/services";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Service ${(await params).name}` };
}

// ?tab=test or ?tab=consume opens that tab (the deploy flow ends on Test).
export default async function ServicePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { name } = await params;
  const asked = firstParam((await searchParams).tab);
  const tab = SERVICE_TABS.find((t) => t.value === asked)?.value ?? ("overview" satisfies ServiceTab);
  const initial = await loadOr404(() => getServiceOrThrow({ name }));
  return <ServiceDetail key={name} name={name} initialTab={tab} initial={initial} />;
}
