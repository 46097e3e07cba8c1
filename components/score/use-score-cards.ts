"use client";

import { useEffect, useRef, useState } from "react";
import { isApiError } from "@/lib/client/api-error";
import type { ScoreImageResponse } from "@/lib/client/score-image";
import { SCORE_CONCURRENCY } from "@/lib/queries/score";
import { createTaskQueue } from "./task-queue";

export type ScoreModelRef = { name: string; version: number };
export type ScoreProblem = { title: string; detail: string; code: string; status: number };

export type ScoreItem = {
  id: string;
  fileName: string;
  fileSize: number;
  /** An object URL of the file, revoked when the card goes. */
  previewUrl: string;
  model: ScoreModelRef;
  status: "queued" | "scoring" | "done" | "failed";
  response: ScoreImageResponse | null;
  error: ScoreProblem | null;
};

/** Sends one file wherever the caller scores (a model's route, a service's). */
export type ScoreFile = (file: File, signal: AbortSignal) => Promise<ScoreImageResponse>;

type ScoreCardsOptions = {
  /** Prefix of the cards' ids, so the Score page's and a service's never collide. */
  idPrefix: string;
  /** Each card once it is scored or has failed (not when it was removed meanwhile). */
  onSettled?: (item: ScoreItem) => void;
};

/**
 * Result cards and the queue behind them, shared by the Score page and a service's Test
 * tab: every image becomes a card at once, and at most SCORE_CONCURRENCY are scored at a
 * time. Removing a card aborts its request and frees its preview.
 */
export function useScoreCards({ idPrefix, onSettled }: ScoreCardsOptions) {
  const [items, setItems] = useState<ScoreItem[]>([]);
  const [queue] = useState(() => createTaskQueue(SCORE_CONCURRENCY));
  // Live object URLs and in-flight requests, so removal and unmount can release them.
  const previews = useRef(new Map<string, string>());
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const urls = previews.current;
    const inFlight = controllers.current;
    return () => {
      for (const url of urls.values()) URL.revokeObjectURL(url);
      for (const controller of inFlight.values()) controller.abort();
      urls.clear();
      inFlight.clear();
    };
  }, []);

  const update = (id: string, changes: Partial<ScoreItem>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...changes } : item)));

  const add = (files: File[], model: ScoreModelRef, score: ScoreFile) => {
    const created = files.map((file): ScoreItem & { file: File } => {
      const id = nextItemId(idPrefix);
      const previewUrl = URL.createObjectURL(file);
      previews.current.set(id, previewUrl);
      return { id, file, fileName: file.name || "pasted image", fileSize: file.size, previewUrl, model, status: "queued", response: null, error: null };
    });
    // Newest batch first, each batch in the order it was dropped.
    setItems((current) => [...created.map(({ file: _file, ...item }) => item), ...current]);
    queue.push(
      ...created.map(({ file, ...item }) => async () => {
        const controller = new AbortController();
        if (!previews.current.has(item.id)) return; // removed while queued
        controllers.current.set(item.id, controller);
        update(item.id, { status: "scoring" });
        try {
          const response = await score(file, controller.signal);
          update(item.id, { status: "done", response });
          onSettled?.({ ...item, status: "done", response });
        } catch (error) {
          if (controller.signal.aborted) return;
          const problem = toScoreProblem(error);
          update(item.id, { status: "failed", error: problem });
          onSettled?.({ ...item, status: "failed", error: problem });
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
    setItems((current) => current.filter((item) => item.id !== id));
  };

  const clear = () => {
    for (const id of [...previews.current.keys()]) remove(id);
  };

  return { items, add, remove, clear };
}

// Not crypto.randomUUID: it exists only in secure contexts, and the studio may be opened over plain http.
let lastItemId = 0;
function nextItemId(prefix: string) {
  lastItemId += 1;
  return `${prefix}-${lastItemId}`;
}

function toScoreProblem(error: unknown): ScoreProblem {
  if (isApiError(error)) {
    const { title, detail, status } = error.problem;
    return { title: title ?? "Scoring failed", detail: detail && detail !== title ? detail : "", code: error.code, status };
  }
  return { title: "Scoring failed", detail: error instanceof Error ? error.message : String(error), code: "unknown", status: 0 };
}
