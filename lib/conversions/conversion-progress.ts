import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logging";

const log = logger("conversions");

const WRITE_INTERVAL_MS = 250;

/**
 * Records a running conversion's progress (0..1), at most every 250 ms, and notices a
 * cancel: the write only matches while the row is Running, so a row that was cancelled
 * (or deleted) meanwhile aborts `controller` and the work stops.
 */
export function conversionProgress(options: { id: string; controller: AbortController }) {
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = (fraction: number) => {
    writing = writing.then(async () => {
      const { count } = await db.conversion.updateMany({ where: { id: options.id, state: "Running" }, data: { progress: fraction } });
      if (count === 0) options.controller.abort(new AppError("invalid_state", "The conversion was cancelled."));
    }).catch((error: Error) => log.warn(`progress of ${options.id} not recorded: ${error.message}`));
    return writing;
  };
  return {
    /** Throttled: for a stream of updates. */
    report: (fraction: number) => {
      const now = Date.now();
      if (now - lastWrite < WRITE_INTERVAL_MS) return;
      lastWrite = now;
      void write(fraction);
    },
    /** Written at once (a step boundary); throws if the conversion was cancelled. */
    step: async (fraction: number) => {
      lastWrite = Date.now();
      await write(fraction);
      options.controller.signal.throwIfAborted();
    },
  };
}
