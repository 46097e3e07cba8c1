"use client";

import { useQuery } from "@tanstack/react-query";
import { ListState } from "@/components/pipeline/list-state";
import { ServicesIcon } from "@/components/ui/icons";
import { serviceListOptions } from "@/lib/queries/services";
import type { ServiceDto } from "@/lib/services/types";
import { ServiceTable } from "./service-table";

const EMPTY = {
  icon: <ServicesIcon size={40} />,
  title: "No services yet",
  text: "A service deploys an image to FPGA compute and answers scoring requests. “Deploy” on a model’s page converts, builds and deploys in one go.",
};

/** Every service, live while any deploys or goes. */
export function ServiceList({ initialItems }: { initialItems?: ServiceDto[] }) {
  const list = useQuery({ ...serviceListOptions(), initialData: initialItems && { items: initialItems } });
  const items = list.data?.items ?? [];
  return (
    <ListState query={list} isEmpty={!items.length} what="services" empty={EMPTY}>
      <ServiceTable services={items} />
    </ListState>
  );
}
