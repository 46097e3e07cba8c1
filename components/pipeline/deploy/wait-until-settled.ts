import { QueryObserver, type QueryClient, type QueryKey, type QueryObserverOptions } from "@tanstack/react-query";
import { isApiError } from "@/lib/client/api-error";

type WaitOptions<T, K extends QueryKey> = {
  queryClient: QueryClient;
  /** A detail queryOptions factory's result: its refetchInterval does the polling. */
  options: QueryObserverOptions<T, Error, T, T, K>;
  /** The answer of the POST that started the job, seeded into the cache so that no older copy of the resource is mistaken for its end. */
  initial: T;
  isActive: (resource: T) => boolean;
  signal: AbortSignal;
};

/**
 * Resolves with the resource once it leaves its active states. It observes the same query
 * the step's card shows, so the card and the wait share one poll. A 404 (the resource was
 * deleted meanwhile) rejects; other failed polls are retried by the next interval.
 */
export function waitUntilSettled<T, K extends QueryKey>({ queryClient, options, initial, isActive, signal }: WaitOptions<T, K>): Promise<T> {
  queryClient.setQueryData<T>(options.queryKey as QueryKey, initial);
  return new Promise<T>((resolve, reject) => {
    const observer = new QueryObserver<T, Error, T, T, K>(queryClient, options);
    let unsubscribe = () => {};
    const finish = () => {
      unsubscribe();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal.reason ?? new DOMException("The deployment was abandoned.", "AbortError"));
    };
    const check = (result: { data: T | undefined; error: Error | null }) => {
      if (result.data !== undefined && !isActive(result.data)) {
        finish();
        resolve(result.data);
      } else if (isApiError(result.error) && result.error.status === 404) {
        finish();
        reject(result.error);
      }
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    // Subscribing fetches at once (the detail options have staleTime 0), then every interval.
    unsubscribe = observer.subscribe(check);
  });
}
