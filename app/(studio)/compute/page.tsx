import type { Metadata } from "next";
import Link from "next/link";
import { ComputeList } from "@/components/computes/compute-list";
import { NewComputeForm } from "@/components/computes/new-compute-form";
import { firstParam, type SearchParams } from "@/components/pipeline/search-params";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getQuotas, listComputes } from "@/lib/computes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compute" };

// /compute?new=1 opens the form.
export default async function ComputePage({ searchParams }: { searchParams: SearchParams }) {
  const isFormOpen = Boolean(firstParam((await searchParams).new));
  const [computes, quotas] = await Promise.all([listComputes(), getQuotas({})]);
  return (
    <>
      <PageHeader
        title="Compute"
        description="FPGA compute: Standard_PB6s nodes (6 vCPUs and one Arria 10 FPGA each) in a region, within its quota of PBS-family vCPUs. Each FPGA serves one model at a time."
        actions={
          !isFormOpen && (
            <Link href="/compute?new=1" className={buttonClasses("primary")}>
              New compute
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {isFormOpen && <NewComputeForm />}
        <ComputeList initial={{ computes: computes.items, quotas: quotas.items }} />
      </div>
    </>
  );
}
