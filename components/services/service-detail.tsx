"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DeleteResourceButton } from "@/components/pipeline/delete-resource-button";
import { isNotFound, LoadState } from "@/components/pipeline/load-state";
import { ResourceHeader } from "@/components/pipeline/resource-header";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { computeKeys } from "@/lib/queries/computes";
import { imageKeys } from "@/lib/queries/images";
import { deleteService, serviceKeys, serviceOptions } from "@/lib/queries/services";
import type { ServiceDto } from "@/lib/services/types";
import { ConsumePanel } from "./consume-panel";
import { OverviewPanel } from "./overview-panel";
import { SERVICE_TABS, type ServiceTab } from "./service-tabs";
import { TestPanel } from "./test-panel";

const SECTION = { href: "/services", label: "Services" };

/** One service, live: Overview, Test (score through it) and Consume (how clients call it). */
export function ServiceDetail({ name, initialTab, initial }: { name: string; initialTab: ServiceTab; initial?: ServiceDto }) {
  const [tab, setTab] = useState(initialTab);
  const { data: service, error } = useQuery({ ...serviceOptions(name), initialData: initial });
  if (!service || isNotFound(error)) return <LoadState error={error} what="service" back={{ href: SECTION.href, label: "Back to services" }} />;

  const selectTab = (next: ServiceTab) => {
    setTab(next);
    // The tab lives in the URL (?tab=) so it can be linked and survives a reload; no navigation.
    const url = new URL(window.location.href);
    if (next === "overview") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
  };

  return (
    <div>
      <ResourceHeader
        section={SECTION}
        title={service.name}
        state={service.state}
        actions={
          <DeleteResourceButton
            what={`service ${service.name}`}
            description={<p>This stops its replicas and frees their FPGAs on {service.compute}. Its keys stop working. The image and compute stay.</p>}
            remove={() => deleteService(name)}
            disabled={service.state === "Deleting"}
            invalidate={[serviceKeys.all, computeKeys.all, imageKeys.all]}
            redirectTo={SECTION.href}
          />
        }
      />
      <Tabs label="Service views" idBase="service" tabs={SERVICE_TABS} value={tab} onChange={selectTab} />
      <TabPanel idBase="service" value="overview" selected={tab}>
        <OverviewPanel service={service} />
      </TabPanel>
      <TabPanel idBase="service" value="test" selected={tab}>
        <TestPanel service={service} />
      </TabPanel>
      <TabPanel idBase="service" value="consume" selected={tab}>
        <ConsumePanel service={service} />
      </TabPanel>
    </div>
  );
}
