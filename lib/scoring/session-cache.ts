import os from "node:os";
import { InferenceSession } from "onnxruntime-node";
import { Counter, Histogram } from "prom-client";
import { AppError } from "@/lib/errors";

export type GetSessionOptions = {
  /** sha256 of the model file: the cache key, so a re-uploaded identical file reuses its session. */
  digest: string;
  modelPath: string;
  /** Threads one inference may use; defaults to the cores this process may run on. */
  intraOpNumThreads?: number;
};

// One session per model digest, kept for the life of the process. Creating a session
// parses and optimises the graph (tens of ms for SqueezeNet, far more for ResNet), so it
// must happen once, not per request; the promise is cached rather than the session so
// that callers arriving while it is being created wait for the same creation.
const sessions = new Map<string, Promise<InferenceSession>>();

// Counted where the sessions live (the inference thread); /metrics reads them from there (lib/metrics/thread-metrics.ts).
const sessionEvents = new Counter({ name: "accel_model_sessions_total", help: "Model session requests in the inference thread: hit (cached), load (created), evict", labelNames: ["event"] as const });
const sessionLoadSeconds = new Histogram({ name: "accel_model_session_load_seconds", help: "Time to create a model's onnxruntime session", buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

/**
 * Session options for these 2-core machines:
 * - intraOpNumThreads = os.availableParallelism(): one ORT worker per core the process
 *   may use (it honours CPU affinity); more only adds context switches.
 * - executionMode "sequential": the classifiers are chains of layers, so running
 *   independent branches in parallel (inter-op) has little to overlap and would compete
 *   with the intra-op pool for the same two cores.
 * - graphOptimizationLevel "all": constant folding, node fusions and layout
 *   optimisations, paid once at creation (onnxruntime docs, "Graph Optimizations").
 */
function sessionOptions(intraOpNumThreads?: number): InferenceSession.SessionOptions {
  return {
    intraOpNumThreads: intraOpNumThreads ?? os.availableParallelism(),
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    // Idle intra-op threads spin by default, burning the cores that web, the client and
    // the next image's decode need; on a shared 2-core node yielding is cheaper.
    extra: { session: { intra_op: { allow_spinning: "0" } } },
  };
}

/**
 * A session outside the cache, for a caller that releases it when done (a conversion's
 * calibration). Graph optimisations are off: fusing and folding make new copies of the
 * weights while the session loads, which for a ResNet-50 took the process from +140 MB to
 * +310 MB (measured with onnxruntime-node 1.30); a few calibration images do not need the speed.
 */
export async function createOwnSession(options: { modelPath: string; intraOpNumThreads?: number }): Promise<InferenceSession> {
  return InferenceSession.create(options.modelPath, { ...sessionOptions(options.intraOpNumThreads), graphOptimizationLevel: "disabled" }).catch((error: unknown) => {
    throw new AppError("unsupported_model", `onnxruntime could not load this model: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** The cached onnxruntime session of a model, created on first use. */
export function getSession({ digest, modelPath, intraOpNumThreads }: GetSessionOptions): Promise<InferenceSession> {
  const cached = sessions.get(digest);
  if (cached) {
    sessionEvents.inc({ event: "hit" });
    return cached;
  }
  sessionEvents.inc({ event: "load" });
  const endLoad = sessionLoadSeconds.startTimer();
  const created: Promise<InferenceSession> = InferenceSession.create(modelPath, sessionOptions(intraOpNumThreads)).finally(endLoad).catch((error: unknown) => {
    // Forget the failure so that a later call (after the file is fixed) tries again.
    if (sessions.get(digest) === created) sessions.delete(digest);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("unsupported_model", `onnxruntime could not load this model: ${reason}`, { digest });
  });
  sessions.set(digest, created);
  return created;
}

/**
 * Drops a model's session and frees its memory; returns whether one was cached. The
 * caller must make sure no inference on it is still running (release() frees the
 * native session under it).
 */
export async function evictSession(digest: string): Promise<boolean> {
  const cached = sessions.get(digest);
  if (!cached) return false;
  sessions.delete(digest);
  sessionEvents.inc({ event: "evict" });
  const session = await cached.catch(() => null);
  await session?.release();
  return true;
}
