import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { readLabelFile } from "./read-label-file";

// coco-labels.json (../shared/data/labels): a JSON object from COCO category id to name,
// the 80 categories the 2017 detection set uses under their original ids 1–90 (the ids
// between are categories COCO never labelled, e.g. 12). Detectors name classes by these
// ids; an 80-class model numbers them 1–80 in id order, which cocoIdOfContiguous maps.
export const COCO_LABELS_FILE = "coco-labels.json";

/** COCO id (as a string key) → name; empty when no file was found (class i is then "class i"). */
export type CocoLabels = { names: Readonly<Record<string, string>>; source: string | null };

const cocoFileSchema = z.record(z.string().regex(/^\d+$/), z.string().min(1)).refine((names) => Object.keys(names).length > 0, "no names");

export async function loadCocoLabels({ dir = env().LABELS_DIR }: { dir?: string } = {}): Promise<CocoLabels> {
  if (!dir) return { names: {}, source: null };
  const file = path.join(dir, COCO_LABELS_FILE);
  const labels = await readLabelFile({ file, schema: cocoFileSchema, what: "a JSON object of COCO ids to names", build: (names): CocoLabels => ({ names: Object.freeze(names), source: file }) });
  return labels ?? { names: {}, source: null };
}

/** The COCO id of an 80-class model's class n (1-based, in id order), from the labels' ids. */
export function cocoIdOfContiguous(labels: CocoLabels, n: number): number {
  const ids = Object.keys(labels.names).map(Number).sort((a, b) => a - b);
  return ids[n - 1] ?? n;
}
