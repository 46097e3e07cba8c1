import type { Metadata } from "next";
import Link from "next/link";
import { ModelFilters } from "@/components/models/model-filters";
import { ModelsEmptyState } from "@/components/models/models-empty-state";
import { ModelsTable } from "@/components/models/models-table";
import { ModelsTabs } from "@/components/models/models-tabs";
import { Pagination } from "@/components/models/pagination";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listModels, listModelsQuerySchema } from "@/lib/models";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Models" };

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const name = first(params.name)?.toLowerCase();
  const tag = first(params.tag);
  const page = Math.max(1, Number.parseInt(first(params.page) ?? "1", 10) || 1);
  const query = listModelsQuerySchema.safeParse({ name, tag, page, pageSize: PAGE_SIZE, latest: "true" });
  const result = query.success ? await listModels(query.data) : null;

  const hrefFor = (target: number) => {
    const search = new URLSearchParams();
    if (name) search.set("name", name);
    if (tag) search.set("tag", tag);
    if (target > 1) search.set("page", String(target));
    const text = search.toString();
    return text ? `/models?${text}` : "/models";
  };

  return (
    <>
      <PageHeader
        title="Models"
        description="ONNX image models registered in this studio, latest version of each name. Register one by upload or from the catalog."
        actions={
          <Link href="/models/upload" className={buttonClasses("primary")}>
            <UploadIcon /> Upload model
          </Link>
        }
      />
      <ModelsTabs active="/models" />
      <ModelFilters name={name} tag={tag} />
      {!query.success && (
        <Alert tone="error" title="These filters are not valid">
          {query.error.issues.map((issue) => issue.message).join(" ")}
        </Alert>
      )}
      {result && result.items.length > 0 && (
        <>
          <ModelsTable models={result.items} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} hrefFor={hrefFor} />
        </>
      )}
      {result && result.items.length === 0 && <ModelsEmptyState isFiltered={Boolean(name || tag) || page > 1} />}
    </>
  );
}
