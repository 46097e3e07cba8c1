/** Mean and squared coefficient of variation (Var/mean²) of the samples. */
export function moments(samples: readonly number[]): { mean: number; scv: number } {
  if (samples.length === 0) throw new Error("moments of no samples");
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
  return { mean, scv: mean > 0 ? variance / mean ** 2 : 0 };
}
