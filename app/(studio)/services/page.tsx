import type { Metadata } from "next";
import Link from "next/link";
import { firstParam, readVersionRef, type SearchParams } from "@/components/pipeline/search-params";
import { NewServiceForm } from "@/components/services/new-service-form";
import { ServiceList } from "@/components/services/service-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listServices } from "@/lib/services";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

// /services?new=1 opens the deploy form; ?image=name&version=2 opens it with that image chosen.
export default async function ServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const image = readVersionRef(firstParam(params.image), firstParam(params.version));
  const isFormOpen = Boolean(firstParam(params.new) || image);
  const services = await listServices();
  return (
    <>
      <PageHeader
        title="Services"
        description="Images deployed to FPGA compute as web services: replicas on free FPGAs, a scoring URI, keys, and live health."
        actions={
          !isFormOpen && (
            <Link href="/services?new=1" className={buttonClasses("primary")}>
              New service
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {isFormOpen && <NewServiceForm key={image ? `${image.name}:${image.version}` : "new"} initialImage={image} />}
        <ServiceList initialItems={services.items} />
      </div>
    </>
  );
}
