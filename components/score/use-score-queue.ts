"use client";

import { useMutation } from "@tanstack/react-query";
import { scoreMutationOptions } from "@/lib/queries/score";
import { readDetections, type ModelTask } from "@/components/detection/types";
import { appendHistory } from "./score-history-store";
import { useScoreCards, type ScoreItem, type ScoreModelRef } from "./use-score-cards";

type AddOptions = { files: File[]; model: ScoreModelRef; profiles: string[]; task: ModelTask };

/**
 * The cards of the Score page: each image is scored through the chosen model version,
 * and each settled score is appended to the session history and announced through
 * `onSettled`.
 */
export function useScoreQueue({ onSettled }: { onSettled: (item: ScoreItem) => void }) {
  const { mutateAsync } = useMutation(scoreMutationOptions());
  const cards = useScoreCards({
    idPrefix: "score",
    onSettled: (item) => {
      recordHistory(item);
      onSettled(item);
    },
  });
  const add = ({ files, model, profiles, task }: AddOptions) => cards.add(files, model, (file, signal) => mutateAsync({ model, file, profiles, task, signal }));
  return { ...cards, add };
}

function recordHistory(item: ScoreItem) {
  const result = item.response?.result;
  // A detector's "top-1" is its most confident box.
  const best = result ? readDetections(result)?.detections.reduce<{ label: string; score: number } | null>((a, d) => (!a || d.score > a.score ? d : a), null) : null;
  appendHistory({
    at: new Date().toISOString(),
    fileName: item.fileName,
    model: item.model,
    top1: best ? { label: best.label, probability: best.score } : result?.top[0] ? { label: result.top[0].label, probability: result.top[0].probability } : null,
    serverMs: result?.timings.serverMs ?? null,
    inferenceMs: result?.timings.inferenceMs ?? null,
    simulated: result?.simulated.map((s) => ({ profile: s.profile, totalMs: s.totalMs })) ?? [],
    error: item.error ? item.error.title : null,
  });
}
