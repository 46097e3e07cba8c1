import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Labels } from "./types";

// imagenet-simple-labels.json (anishathalye/imagenet-simple-labels, public domain): a
// JSON array of the 1000 ImageNet-1k class names in index order (../shared/README.md).
// It stays in ../shared; the repository never carries a copy.
export const LABELS_FILE = "imagenet-simple-labels.json";

const labelFileSchema = z.array(z.string()).min(1);

// Found label files are kept for the life of the process; a missing one is looked for
// again next time, so mounting the directory later needs no restart.
const cache = new Map<string, Promise<Labels>>();

export type LoadLabelsOptions = {
  /** Directory holding imagenet-simple-labels.json; defaults to LABELS_DIR (lib/env). */
  dir?: string;
};

/** The ImageNet class names, or (no file) an empty list, which names class i "class i". */
export async function loadLabels({ dir = env().LABELS_DIR }: LoadLabelsOptions = {}): Promise<Labels> {
  if (!dir) return { names: [], source: null };
  const file = path.join(dir, LABELS_FILE);
  const cached = cache.get(file);
  if (cached) return cached;
  const loading = readLabels(file);
  cache.set(file, loading);
  const labels = await loading.catch((error: unknown) => {
    cache.delete(file);
    throw error;
  });
  if (labels.source === null) cache.delete(file);
  return labels;
}

async function readLabels(file: string): Promise<Labels> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { names: [], source: null };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = labelFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError("internal", `The label file ${file} is not a JSON array of class names.`);
  return { names: Object.freeze(result.data), source: file };
}
