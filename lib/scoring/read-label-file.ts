import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Found label files are kept for the life of the process; a missing one is looked for
// again next time, so mounting the directory later needs no restart.
const cache = new Map<string, Promise<unknown>>();

/**
 * A JSON label file (ImageNet's array, COCO's id → name object) read once, checked against
 * `schema` and turned into what callers get by `build`; `null` when there is no such file.
 * A file that is not what `schema` says is an internal error naming `what` it should be.
 */
export async function readLabelFile<T, R>(options: { file: string; schema: z.ZodType<T>; what: string; build: (data: T) => R }): Promise<R | null> {
  const { file } = options;
  const cached = cache.get(file) as Promise<R | null> | undefined;
  if (cached) return cached;
  const loading = readOnce(options).then((data) => (data === null ? null : options.build(data)));
  cache.set(file, loading);
  const labels = await loading.catch((error: unknown) => {
    cache.delete(file);
    throw error;
  });
  if (labels === null) cache.delete(file);
  return labels;
}

async function readOnce<T>({ file, schema, what }: { file: string; schema: z.ZodType<T>; what: string }): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new AppError("internal", `The label file ${file} is not ${what}.`);
  return result.data;
}
