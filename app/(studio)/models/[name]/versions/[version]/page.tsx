import type { Metadata } from "next";
import { loadModelPage } from "@/components/models/detail/load-model-page";
import { ModelDetail } from "@/components/models/detail/model-detail";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name, version } = await params;
  return { title: `${name}:${version}` };
}

export default async function ModelVersionPage({ params }: { params: Params }) {
  const { name, version } = await params;
  return <ModelDetail {...await loadModelPage({ name, version })} />;
}
