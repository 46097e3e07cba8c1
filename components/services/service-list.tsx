"use client";

import { useQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ServicesIcon } from "@/components/ui/icons";
import { serviceListOptions } from "@/lib/queries/services";
import type { ServiceDto } from "@/lib/services/types";
import { ServiceTable } from "./service-table";

/** Every service, live while any deploys or goes. */
export function ServiceList({ initialItems }: { initialItems?: ServiceDto[] }) {
  const list = useQuery({ ...serviceListOptions(), initialData: initialItems && { items: initialItems } });
  const items = list.data?.items ?? [];
  if (list.error) return <ProblemAlert error={list.error} title="The services could not be listed" />;
  if (list.isPending) return <p className="text-sm text-neutral-600">Loading services…</p>;
  if (!items.length) {
    return (
      <EmptyState icon={<ServicesIcon size={40} />} title="No services yet">
        <p>A service deploys an image to FPGA compute and answers scoring requests. “Deploy” on a model’s page converts, builds and deploys in one go.</p>
      </EmptyState>
    );
  }
  return <ServiceTable services={items} />;
}
