import type { DefaultError } from "@tanstack/react-query";
import { isApiError } from "@/lib/client/api-error";

// STYLE.md "Live status": poll every second while a resource can still move, and stop
// once it settles. These build the `refetchInterval` of the pipeline's queries.

export const LIVE_POLL_MS = 1_000;

/** Deleted meanwhile (a teardown ended): stop asking. */
const isGone = (error: unknown) => isApiError(error) && error.status === 404;

/** The part of react-query's Query a refetchInterval reads. */
type PolledQuery<T> = { state: { data: T | undefined; error: DefaultError | null } };

/** One resource: every second until it first answers, then as `interval` says; never again once it is gone. */
export function pollResource<T>(interval: (data: T) => number | false) {
  return (query: PolledQuery<T>) => (isGone(query.state.error) ? false : query.state.data === undefined ? LIVE_POLL_MS : interval(query.state.data));
}

/** One resource, every second while it is active. */
export function pollWhileActive<T>(isActive: (data: T) => boolean) {
  return pollResource<T>((data) => (isActive(data) ? LIVE_POLL_MS : false));
}

/** A list, every second while any of its rows is active. */
export function pollWhileAnyActive<T>(isActive: (item: T) => boolean) {
  return (query: PolledQuery<{ items: T[] }>) => (query.state.data?.items.some(isActive) ? LIVE_POLL_MS : false);
}
