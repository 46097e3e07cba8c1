"use client";

import { useMutation } from "@tanstack/react-query";
import type { ModelTask } from "@/components/detection/types";
import { useScoreCards, type ScoreModelRef } from "@/components/score/use-score-cards";
import { scoreServiceImage, type ScoreServiceImageOptions } from "@/lib/client/score-image";
import { serviceKeys } from "@/lib/queries/services";

/**
 * The Test tab's cards: the Score page's, each image sent to the service's score route
 * with the key given (a detector's with its score threshold, see lib/client/score-image.ts).
 * Unlike the Score page, results stay out of the session history: they are the service's.
 */
export function useServiceScores({ service, model, task }: { service: string; model: ScoreModelRef; task: ModelTask }) {
  // Scoring changes nothing on the server: nothing to invalidate.
  const { mutateAsync } = useMutation({
    mutationKey: [...serviceKeys.all, "score"],
    mutationFn: (options: ScoreServiceImageOptions) => scoreServiceImage(options),
    retry: false,
  });
  const cards = useScoreCards({ idPrefix: "service-score" });
  const add = (files: File[], key: string | undefined) => cards.add(files, model, (file, signal) => mutateAsync({ name: service, file, key, task, signal }));
  return { ...cards, add };
}
