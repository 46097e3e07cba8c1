"use client";

import { useSyncExternalStore } from "react";
import { SCORE_HISTORY_LIMIT } from "@/lib/queries/score";

// The Score page's history: the last scores of this browser session, kept in
// sessionStorage so that leaving the page and coming back keeps them (and a new tab
// starts clean). Outside React so that a score finishing after navigation still lands.

export type HistoryEntry = {
  /** 1, 2, 3… within the session: the x axis of the chart. */
  seq: number;
  at: string;
  fileName: string;
  model: { name: string; version: number };
  top1: { label: string; probability: number } | null;
  /** Measured on the worker. */
  serverMs: number | null;
  inferenceMs: number | null;
  simulated: { profile: string; totalMs: number }[];
  error: string | null;
};

const STORAGE_KEY = "accel-studio:score-history";
const EMPTY: HistoryEntry[] = [];

let entries: HistoryEntry[] | null = null;
const listeners = new Set<() => void>();

function read(): HistoryEntry[] {
  if (entries) return entries;
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "[]") as unknown;
    entries = Array.isArray(stored) ? (stored as HistoryEntry[]).slice(-SCORE_HISTORY_LIMIT) : [];
  } catch {
    entries = [];
  }
  return entries;
}

function write(next: HistoryEntry[]) {
  entries = next;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // storage full or disabled: the history still lives in memory for this page
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Appends a score (oldest first), keeping the last SCORE_HISTORY_LIMIT. */
export function appendHistory(entry: Omit<HistoryEntry, "seq">) {
  const current = read();
  const seq = (current.at(-1)?.seq ?? 0) + 1;
  write([...current, { ...entry, seq }].slice(-SCORE_HISTORY_LIMIT));
}

export function clearHistory() {
  write([]);
}

/** Oldest first; empty during server rendering. */
export function useScoreHistory(): HistoryEntry[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}
