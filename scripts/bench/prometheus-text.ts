// Reading a /metrics scrape (Prometheus text exposition format 0.0.4:
// https://prometheus.io/docs/instrumenting/exposition_formats/): one sample a line,
// `name{label="value",…} value`, comments starting with '#'.

export type Sample = { name: string; labels: Record<string, string>; value: number };

export function parsePrometheusText(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    const match = /^([\w:]+)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** GET <base>/metrics, parsed. */
export async function scrapeMetrics(base: string): Promise<Sample[]> {
  const response = await fetch(`${base}/metrics`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${base}/metrics → ${response.status}: ${text.slice(0, 200)}`);
  return parsePrometheusText(text);
}

/** The samples named `name`, summed by the key `keyOf` makes of their labels, sorted by key. */
export function sumBy(samples: Sample[], name: string, keyOf: (labels: Record<string, string>) => string): [string, number][] {
  const sums = new Map<string, number>();
  for (const s of samples) if (s.name === name) sums.set(keyOf(s.labels), (sums.get(keyOf(s.labels)) ?? 0) + s.value);
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
}
