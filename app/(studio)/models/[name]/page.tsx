import type { Metadata } from "next";
import { loadModelPage } from "@/components/models/detail/load-model-page";
import { ModelDetail } from "@/components/models/detail/model-detail";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await params).name };
}

/** The latest version of a model. */
export default async function ModelPage({ params }: { params: Params }) {
  const { name } = await params;
  return <ModelDetail {...await loadModelPage({ name })} />;
}
