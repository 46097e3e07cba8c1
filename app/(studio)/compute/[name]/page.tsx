import type { Metadata } from "next";
import { ComputeDetail } from "@/components/computes/compute-detail";
import { loadOr404 } from "@/components/pipeline/load-or-404";
import { getComputeOrThrow } from "@/lib/computes";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Compute ${(await params).name}` };
}

export default async function ComputeDetailPage({ params }: { params: Params }) {
  const { name } = await params;
  const initial = await loadOr404(() => getComputeOrThrow({ name }));
  return <ComputeDetail name={name} initial={initial} />;
}
