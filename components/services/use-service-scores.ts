"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { createTaskQueue } from "@/components/score/task-queue";
import type { ScoreItem, ScoreModelRef } from "@/components/score/use-score-queue";
import { isApiError } from "@/lib/client/api-error";
import { SCORE_CONCURRENCY } from "@/lib/queries/score";
import { scoreServiceMutationOptions } from "@/lib/queries/services";

/**
 * The Test tab's cards: each dropped image becomes a Score-page card at once and is sent
 * to the service's score route (at most SCORE_CONCURRENCY at a time) with the key given.
 * Unlike the Score page, results stay out of the session history: they are the service's.
 */
export function useServiceScores({ service, model }: { service: string; model: ScoreModelRef }) {
  const [items, setItems] = useState<ScoreItem[]>([]);
  const [queue] = useState(() => createTaskQueue(SCORE_CONCURRENCY));
  const { mutateAsync } = useMutation(scoreServiceMutationOptions());
  const previews = useRef(new Map<string, string>());
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const urls = previews.current;
    const inFlight = controllers.current;
    return () => {
      for (const url of urls.values()) URL.revokeObjectURL(url);
      for (const controller of inFlight.values()) controller.abort();
    };
  }, []);

  const update = (id: string, changes: Partial<ScoreItem>) => setItems((all) => all.map((item) => (item.id === id ? { ...item, ...changes } : item)));

  const add = (files: File[], key: string | undefined) => {
    const created = files.map((file) => {
      const id = `service-score-${(lastId += 1)}`;
      const previewUrl = URL.createObjectURL(file);
      previews.current.set(id, previewUrl);
      const item: ScoreItem = { id, fileName: file.name || "pasted image", fileSize: file.size, previewUrl, model, status: "queued", response: null, error: null };
      return { item, file };
    });
    setItems((all) => [...created.map((c) => c.item), ...all]);
    queue.push(
      ...created.map(({ item, file }) => async () => {
        if (!previews.current.has(item.id)) return; // removed while queued
        const controller = new AbortController();
        controllers.current.set(item.id, controller);
        update(item.id, { status: "scoring" });
        try {
          update(item.id, { status: "done", response: await mutateAsync({ name: service, file, key, signal: controller.signal }) });
        } catch (error) {
          if (!controller.signal.aborted) update(item.id, { status: "failed", error: toProblem(error) });
        } finally {
          controllers.current.delete(item.id);
        }
      }),
    );
  };

  const remove = (id: string) => {
    controllers.current.get(id)?.abort();
    const url = previews.current.get(id);
    if (url) URL.revokeObjectURL(url);
    previews.current.delete(id);
    setItems((all) => all.filter((item) => item.id !== id));
  };

  return { items, add, remove, clear: () => [...previews.current.keys()].forEach(remove) };
}

// Not crypto.randomUUID: it exists only in secure contexts, and the studio may be opened over plain http.
let lastId = 0;

function toProblem(error: unknown): NonNullable<ScoreItem["error"]> {
  if (isApiError(error)) {
    const { title, detail, status } = error.problem;
    return { title: title ?? "Scoring failed", detail: detail && detail !== title ? detail : "", code: error.code, status };
  }
  return { title: "Scoring failed", detail: error instanceof Error ? error.message : String(error), code: "unknown", status: 0 };
}
