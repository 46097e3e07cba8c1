import type { Metadata } from "next";
import Link from "next/link";
import { ConversionList } from "@/components/conversions/conversion-list";
import { NewConversionForm } from "@/components/conversions/new-conversion-form";
import { firstParam, readVersionRef, type SearchParams } from "@/components/pipeline/search-params";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listConversions } from "@/lib/conversions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Conversions" };

// /conversions?new=1 opens the form; ?model=name&version=2 opens it with that model chosen.
export default async function ConversionsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const model = readVersionRef(firstParam(params.model), firstParam(params.version));
  const isFormOpen = Boolean(firstParam(params.new) || model);
  const conversions = await listConversions({});
  return (
    <>
      <PageHeader
        title="Conversions"
        description="Convert an ONNX model to run on the FPGA: its weights quantised to the chosen precision, its graph split between the FPGA and the host, with an accuracy report against the original."
        actions={
          !isFormOpen && (
            <Link href="/conversions?new=1" className={buttonClasses("primary")}>
              New conversion
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {isFormOpen && <NewConversionForm key={model ? `${model.name}:${model.version}` : "new"} initialModel={model} />}
        <ConversionList initialItems={conversions.items} />
      </div>
    </>
  );
}
