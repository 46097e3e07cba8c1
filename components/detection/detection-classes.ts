import type { Detection } from "./types";

export type DetectionClass = { classId: number; label: string; total: number; shown: number };

/** Every class the response holds, with how many of its boxes reach the threshold; most frequent first. */
export function summarizeClasses(detections: Detection[], threshold: number): DetectionClass[] {
  const byId = new Map<number, DetectionClass>();
  for (const d of detections) {
    const entry = byId.get(d.classId) ?? { classId: d.classId, label: d.label, total: 0, shown: 0 };
    entry.total += 1;
    if (d.score >= threshold) entry.shown += 1;
    byId.set(d.classId, entry);
  }
  return [...byId.values()].sort((a, b) => b.shown - a.shown || b.total - a.total || a.label.localeCompare(b.label));
}
