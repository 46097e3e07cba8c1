import type { Metadata } from "next";
import Link from "next/link";
import { ImageList } from "@/components/images/image-list";
import { NewImageForm } from "@/components/images/new-image-form";
import { firstParam, readVersionRef, type SearchParams } from "@/components/pipeline/search-params";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listImages } from "@/lib/images";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Images" };

// /images?new=1 opens the form; ?model=name&version=2 opens it with that converted model chosen.
export default async function ImagesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const model = readVersionRef(firstParam(params.model), firstParam(params.version));
  const isFormOpen = Boolean(firstParam(params.new) || model);
  const images = await listImages();
  return (
    <>
      <PageHeader
        title="Images"
        description="Deployable FPGA images: each packs one converted model with its preprocessing and labels as an OCI image layout, versioned by name."
        actions={
          !isFormOpen && (
            <Link href="/images?new=1" className={buttonClasses("primary")}>
              New image
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {isFormOpen && <NewImageForm key={model ? `${model.name}:${model.version}` : "new"} initialModel={model} />}
        <ImageList initialItems={images.items} />
      </div>
    </>
  );
}
