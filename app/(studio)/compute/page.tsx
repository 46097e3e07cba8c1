import type { Metadata } from "next";
import { ComputeList } from "@/components/computes/compute-list";
import { NewComputeForm } from "@/components/computes/new-compute-form";
import { ResourceListPage } from "@/components/pipeline/resource-list-page";
import { readNewForm, type SearchParams } from "@/components/pipeline/search-params";
import { getQuotas, listComputes } from "@/lib/computes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compute" };

// /compute?new=1 opens the form.
export default async function ComputePage({ searchParams }: { searchParams: SearchParams }) {
  const form = readNewForm(await searchParams);
  const [computes, quotas] = await Promise.all([listComputes(), getQuotas({})]);
  return (
    <ResourceListPage
      title="Compute"
      description="FPGA compute: Standard_PB6s nodes (6 vCPUs and one Arria 10 FPGA each) in a region, within its quota of PBS-family vCPUs. Each FPGA serves one model at a time."
      href="/compute"
      newLabel="New compute"
      form={form.isOpen && <NewComputeForm />}
    >
      <ComputeList initial={{ computes: computes.items, quotas: quotas.items }} />
    </ResourceListPage>
  );
}
