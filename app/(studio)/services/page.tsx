import type { Metadata } from "next";
import { ResourceListPage } from "@/components/pipeline/resource-list-page";
import { readNewForm, type SearchParams } from "@/components/pipeline/search-params";
import { NewServiceForm } from "@/components/services/new-service-form";
import { ServiceList } from "@/components/services/service-list";
import { listServices } from "@/lib/services";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

// /services?new=1 opens the deploy form; ?image=name&version=2 opens it with that image chosen.
export default async function ServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const form = readNewForm(await searchParams, "image");
  const services = await listServices();
  return (
    <ResourceListPage
      title="Services"
      description="Images deployed to FPGA compute as web services: replicas on free FPGAs, a scoring URI, keys, and live health."
      href="/services"
      newLabel="New service"
      form={form.isOpen && <NewServiceForm key={form.key} initialImage={form.ref} />}
    >
      <ServiceList initialItems={services.items} />
    </ResourceListPage>
  );
}
