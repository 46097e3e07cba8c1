import { readFile } from "node:fs/promises";

// Reads a V8 .cpuprofile (what --cpu-prof writes) and sums self time by function and by
// where the code lives (our files, each package, node internals, native/GC), so a
// profile answers "where does a request's time go" without opening DevTools.
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export async function summarizeCpuProfile(file: string, options: { top?: number } = {}) {
  const profile = JSON.parse(await readFile(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const place = placeOf(url, functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const fn = `${functionName || "(anonymous)"} ${url ? `${shorten(url)}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const totalUs = profile.endTime - profile.startTime;
  const rows = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, options.top ?? 25).map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs }));
  return { totalMs: totalUs / 1000, byPlace: rows(byPlace), byFunction: rows(byFunction) };
}

function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith("node:")) return "node internals";
  return "accel: " + shorten(url).split("/").slice(0, 2).join("/");
}

function shorten(url: string): string {
  return url.replace(/^file:\/\//, "").replace(/^.*\/(node_modules\/)/, "$1").replace(process.cwd() + "/", "");
}
