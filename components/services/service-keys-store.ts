"use client";

import { useSyncExternalStore } from "react";

// Service keys are shown once: the API answers them only when it creates or regenerates
// them and stores hashes. This tab keeps the ones it was given in sessionStorage (gone when
// the tab closes) so the Test tab can score with them right after a deployment.

export type ServiceKeys = { primary?: string; secondary?: string };

const storageKey = (service: string) => `accel:service-keys:${service}`;
const EMPTY: ServiceKeys = {};
const cache = new Map<string, { raw: string | null; keys: ServiceKeys }>();
const listeners = new Set<() => void>();

function read(service: string): ServiceKeys {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(storageKey(service));
  } catch {
    // storage disabled: nothing was kept
  }
  const cached = cache.get(service);
  if (cached && cached.raw === raw) return cached.keys; // a stable snapshot for useSyncExternalStore
  let keys: ServiceKeys = EMPTY;
  try {
    const parsed = JSON.parse(raw ?? "null") as unknown;
    if (parsed && typeof parsed === "object") keys = parsed as ServiceKeys;
  } catch {
    // not ours: ignore
  }
  cache.set(service, { raw, keys });
  return keys;
}

/** Keeps the keys an answer carried (merged with any kept before, so regenerating one keeps the other). */
export function saveServiceKeys(service: string, keys: ServiceKeys | undefined) {
  if (!keys || (!keys.primary && !keys.secondary)) return;
  const next = { ...read(service), ...Object.fromEntries(Object.entries(keys).filter(([, v]) => v)) };
  try {
    window.sessionStorage.setItem(storageKey(service), JSON.stringify(next));
  } catch {
    // storage full or disabled: the keys were still shown once
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The keys this tab was given for a service; empty during server rendering. */
export function useServiceKeys(service: string): ServiceKeys {
  return useSyncExternalStore(subscribe, () => read(service), () => EMPTY);
}
