import type { Metadata } from "next";
import { ConversionList } from "@/components/conversions/conversion-list";
import { NewConversionForm } from "@/components/conversions/new-conversion-form";
import { ResourceListPage } from "@/components/pipeline/resource-list-page";
import { readNewForm, type SearchParams } from "@/components/pipeline/search-params";
import { listConversions } from "@/lib/conversions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Conversions" };

// /conversions?new=1 opens the form; ?model=name&version=2 opens it with that model chosen.
export default async function ConversionsPage({ searchParams }: { searchParams: SearchParams }) {
  const form = readNewForm(await searchParams, "model");
  const conversions = await listConversions({});
  return (
    <ResourceListPage
      title="Conversions"
      description="Convert an ONNX model to run on the FPGA: its weights quantised to the chosen precision, its graph split between the FPGA and the host, with an accuracy report against the original."
      href="/conversions"
      newLabel="New conversion"
      form={form.isOpen && <NewConversionForm key={form.key} initialModel={form.ref} />}
    >
      <ConversionList initialItems={conversions.items} />
    </ResourceListPage>
  );
}
