import type { Metadata } from "next";
import Link from "next/link";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { ModelsTabs } from "@/components/models/models-tabs";
import { buttonClasses } from "@/components/ui/button";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listCatalog } from "@/lib/pulls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Model catalog" };

export default async function CatalogPage() {
  const { items } = await listCatalog();
  return (
    <>
      <PageHeader
        title="Models"
        description="Pull a model from the built-in catalog (ONNX Model Zoo counterparts of Azure ML's hardware-accelerated models). The studio downloads it, verifies its sha256 and registers it."
        actions={
          <Link href="/models/upload" className={buttonClasses("primary")}>
            <UploadIcon /> Upload model
          </Link>
        }
      />
      <ModelsTabs active="/models/catalog" />
      <CatalogTable initialItems={items} />
    </>
  );
}
