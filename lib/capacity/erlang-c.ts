// Erlang's C formula: the probability that an arrival to an M/M/c queue has to wait
// (GROSS_HARRIS_MMC in ./sources). Computed through Erlang B's recursion,
//   B(0) = 1,  B(k) = a·B(k−1) / (k + a·B(k−1)),  C = B(c) / (1 − ρ·(1 − B(c))),  ρ = a/c,
// rather than from a^c / c!, which overflows long before c gets large and loses precision
// on the way there; the recursion stays within [0, 1] at every step.

export type ErlangCOptions = {
  /** Servers (replicas). */
  servers: number;
  /** Offered load a = λ·E[S] in Erlangs; below `servers` for a stable queue. */
  offeredLoad: number;
};

/** P(wait > 0); 1 when the queue is unstable (a ≥ c), as every arrival then waits. */
export function erlangC({ servers, offeredLoad }: ErlangCOptions): number {
  if (offeredLoad <= 0) return 0;
  if (offeredLoad >= servers) return 1;
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  const utilization = offeredLoad / servers;
  return blocking / (1 - utilization * (1 - blocking));
}
