export type Task = () => Promise<void>;

export type TaskQueue = {
  push: (...tasks: Task[]) => void;
  /** Tasks waiting, not yet started. */
  readonly size: number;
};

/**
 * Runs pushed tasks at most `concurrency` at a time, in push order. A task handles its
 * own errors; one that throws anyway only frees its slot.
 */
export function createTaskQueue(concurrency: number): TaskQueue {
  const pending: Task[] = [];
  let active = 0;
  const pump = () => {
    while (active < concurrency && pending.length > 0) {
      const task = pending.shift()!;
      active += 1;
      task()
        .catch(() => undefined)
        .finally(() => {
          active -= 1;
          pump();
        });
    }
  };
  return {
    push: (...tasks) => {
      pending.push(...tasks);
      pump();
    },
    get size() {
      return pending.length;
    },
  };
}
