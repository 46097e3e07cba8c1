import type { Metadata } from "next";
import { ImageList } from "@/components/images/image-list";
import { NewImageForm } from "@/components/images/new-image-form";
import { ResourceListPage } from "@/components/pipeline/resource-list-page";
import { readNewForm, type SearchParams } from "@/components/pipeline/search-params";
import { listImages } from "@/lib/images";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Images" };

// /images?new=1 opens the form; ?model=name&version=2 opens it with that converted model chosen.
export default async function ImagesPage({ searchParams }: { searchParams: SearchParams }) {
  const form = readNewForm(await searchParams, "model");
  const images = await listImages();
  return (
    <ResourceListPage
      title="Images"
      description="Deployable FPGA images: each packs one converted model with its preprocessing and labels as an OCI image layout, versioned by name."
      href="/images"
      newLabel="New image"
      form={form.isOpen && <NewImageForm key={form.key} initialModel={form.ref} />}
    >
      <ImageList initialItems={images.items} />
    </ResourceListPage>
  );
}
