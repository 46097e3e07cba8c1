"use client";

import { useMutation } from "@tanstack/react-query";
import { useScoreCards, type ScoreModelRef } from "@/components/score/use-score-cards";
import { scoreServiceMutationOptions } from "@/lib/queries/services";

/**
 * The Test tab's cards: the Score page's, each image sent to the service's score route
 * with the key given. Unlike the Score page, results stay out of the session history:
 * they are the service's.
 */
export function useServiceScores({ service, model }: { service: string; model: ScoreModelRef }) {
  const { mutateAsync } = useMutation(scoreServiceMutationOptions());
  const cards = useScoreCards({ idPrefix: "service-score" });
  const add = (files: File[], key: string | undefined) => cards.add(files, model, (file, signal) => mutateAsync({ name: service, file, key, signal }));
  return { ...cards, add };
}
