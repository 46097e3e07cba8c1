import { modelNameSchema } from "@/lib/models/schemas";

/** A registry name from a file or folder name: "SqueezeNet 1.1.onnx" → "squeezenet-1.1", "emotion.tar.gz" → "emotion". */
export function toModelName(fileName: string): string {
  return fileName
    .replace(/\.(onnx|pb|zip|tgz|tar\.gz|tar)$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/[-_.]+$/, "")
    .slice(0, 255);
}

/** What is wrong with a model name, in the server's own words, or null when it is valid. */
export function modelNameProblem(name: string): string | null {
  const result = modelNameSchema.safeParse(name);
  return result.success ? null : result.error.issues[0].message;
}
