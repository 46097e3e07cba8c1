import type { Metadata } from "next";
import Link from "next/link";
import { ScoreWorkbench } from "@/components/score/score-workbench";
import { BookIcon } from "@/components/ui/more-icons";
import { PageHeader } from "@/components/ui/page-header";
import { DEVICE_PROFILES } from "@/lib/fpga";
import { listModels, listModelsQuerySchema } from "@/lib/models";
import { SCORE_MODEL_PAGE_SIZE } from "@/lib/queries/score";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Score" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

// /score?model=name&version=2 preselects a model (links from a model's page).
export default async function ScorePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const name = first(params.model);
  const version = Number.parseInt(first(params.version) ?? "", 10);
  // The picker's first page, read here so it is filled on arrival; the client refetches it.
  const models = await listModels(listModelsQuerySchema.parse({ latest: "true", pageSize: String(SCORE_MODEL_PAGE_SIZE) }));
  return (
    <>
      <PageHeader
        title="Score"
        description="Score images with a registered model: a classifier's top-5 labels or a detector's boxes, the time the worker's CPU measured, and the latency the simulated FPGA would take for the same model."
        actions={
          <Link href="/docs/fpga" className="inline-flex h-8 items-center gap-1.5 rounded-sm px-2 text-sm text-brand-700 hover:bg-brand-50">
            <BookIcon /> How the FPGA is simulated
          </Link>
        }
      />
      <ScoreWorkbench
        profiles={Object.values(DEVICE_PROFILES)}
        initialModels={models}
        initialModel={name ? { name, version: Number.isFinite(version) ? version : null } : null}
      />
    </>
  );
}
