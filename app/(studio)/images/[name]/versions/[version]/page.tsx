import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImageDetail } from "@/components/images/image-detail";
import { loadOr404 } from "@/components/pipeline/load-or-404";
import { getImageOrThrow } from "@/lib/images";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name, version } = await params;
  return { title: `Image ${name}:${version}` };
}

export default async function ImageVersionPage({ params }: { params: Params }) {
  const { name, version } = await params;
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1) notFound();
  const initial = await loadOr404(() => getImageOrThrow({ name, version: number }));
  return <ImageDetail name={name} version={number} initial={initial} />;
}
