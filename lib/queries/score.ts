import { mutationOptions } from "@tanstack/react-query";
import { scoreImage, type ScoreImageOptions } from "@/lib/client/score-image";

/** At most this many images in flight: a worker scores one at a time per core, not a burst. */
export const SCORE_CONCURRENCY = 2;

/** The model picker lists the latest version of at most this many names (the API's largest page). */
export const SCORE_MODEL_PAGE_SIZE = 100;

/** How many scores the history keeps (this browser session). */
export const SCORE_HISTORY_LIMIT = 50;

export const scoreKeys = {
  all: ["score"] as const,
};

/** Scoring changes nothing on the server, so there is nothing to invalidate. */
export function scoreMutationOptions() {
  return mutationOptions({
    mutationKey: scoreKeys.all,
    mutationFn: (options: ScoreImageOptions) => scoreImage(options),
    retry: false,
  });
}
