// A steady scoring load for a soak: `concurrency` loops, each sending its next request
// over the next protocol in turn (so every protocol carries an equal share, and each in
// turn sees every image), until stopped. Latencies of answered requests are kept by
// bucket (the caller's: a minute) and protocol, by the time they complete; failures go to
// `onError` and are not timed.

export type ScoreLatencies = Map<string, Map<string, number[]>>;

export function startScoreLoad(options: {
  clients: Record<string, (image: Buffer) => Promise<void>>;
  images: Buffer[];
  concurrency: number;
  bucketOf: () => string;
  onError: (kind: string, error: unknown) => void;
}) {
  const { clients, images, concurrency } = options;
  const labels = Object.keys(clients);
  const latencies: ScoreLatencies = new Map();
  let next = 0;
  let isStopping = false;
  const loop = async () => {
    while (!isStopping) {
      const i = next++;
      const label = labels[i % labels.length];
      const t0 = performance.now();
      try {
        await clients[label](images[Math.floor(i / labels.length) % images.length]);
        const ms = performance.now() - t0;
        const bucket = options.bucketOf();
        const byLabel = latencies.get(bucket) ?? new Map<string, number[]>();
        latencies.set(bucket, byLabel);
        const list = byLabel.get(label) ?? [];
        list.push(ms);
        byLabel.set(label, list);
      } catch (error) {
        options.onError(`score: ${label}`, error);
        await new Promise((r) => setTimeout(r, 100)); // a studio that refuses everything is not hammered
      }
    }
  };
  const running = Array.from({ length: concurrency }, loop);
  return {
    latencies,
    /** Stops sending and waits for the requests in flight. */
    stop: async () => {
      isStopping = true;
      await Promise.all(running);
    },
  };
}
