import type { Metadata } from "next";
import { ConversionDetail } from "@/components/conversions/conversion-detail";
import { loadOr404 } from "@/components/pipeline/load-or-404";
import { getConversionOrThrow } from "@/lib/conversions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Conversion ${(await params).id.slice(0, 8)}` };
}

export default async function ConversionPage({ params }: { params: Params }) {
  const { id } = await params;
  const initial = await loadOr404(() => getConversionOrThrow({ id }));
  return <ConversionDetail id={id} initial={initial} />;
}
