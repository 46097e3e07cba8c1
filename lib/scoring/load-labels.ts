import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { readLabelFile } from "./read-label-file";
import type { Labels } from "./types";

// imagenet-simple-labels.json (anishathalye/imagenet-simple-labels, public domain): a
// JSON array of the 1000 ImageNet-1k class names in index order (../shared/README.md).
// It stays in ../shared; the repository never carries a copy.
export const LABELS_FILE = "imagenet-simple-labels.json";

const labelFileSchema = z.array(z.string()).min(1);

export type LoadLabelsOptions = {
  /** Directory holding imagenet-simple-labels.json; defaults to LABELS_DIR (lib/env). */
  dir?: string;
};

/** The ImageNet class names, or (no file) an empty list, which names class i "class i". */
export async function loadLabels({ dir = env().LABELS_DIR }: LoadLabelsOptions = {}): Promise<Labels> {
  if (!dir) return { names: [], source: null };
  const file = path.join(dir, LABELS_FILE);
  const labels = await readLabelFile({ file, schema: labelFileSchema, what: "a JSON array of class names", build: (names): Labels => ({ names: Object.freeze(names), source: file }) });
  return labels ?? { names: [], source: null };
}
