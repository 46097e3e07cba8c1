import { byteProgress } from "@/lib/jobs/byte-progress";
import type { ModelPull } from "@/lib/db";

export type PullDto = {
  id: string;
  catalogId: string;
  state: string;
  bytesDone: number;
  bytesTotal: number;
  /** 0..1, for progress bars */
  progress: number;
  source: string | null;
  error: string | null;
  model: { name: string; version: number } | null;
  createdAt: string;
  finishedAt: string | null;
  links: { self: string };
};

export function toPullDto(pull: ModelPull & { model?: { name: string; version: number } | null }): PullDto {
  const done = Number(pull.bytesDone);
  const total = Number(pull.bytesTotal);
  return {
    id: pull.id,
    catalogId: pull.catalogId,
    state: pull.state,
    bytesDone: done,
    bytesTotal: total,
    progress: byteProgress(pull.state, done, total),
    source: pull.source,
    error: pull.error,
    model: pull.model ? { name: pull.model.name, version: pull.model.version } : null,
    createdAt: pull.createdAt.toISOString(),
    finishedAt: pull.finishedAt?.toISOString() ?? null,
    links: { self: `/api/v1/pulls/${pull.id}` },
  };
}
