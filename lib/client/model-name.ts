import { MODEL_NAME_PATTERN } from "@/lib/models/schemas";

export { MODEL_NAME_PATTERN };

export const MODEL_NAME_RULE =
  "Lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (at most 255 characters).";

/** A registry name from a file name: "SqueezeNet 1.1.onnx" → "squeezenet-1.1". */
export function toModelName(fileName: string): string {
  return fileName
    .replace(/\.onnx$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/[-_.]+$/, "")
    .slice(0, 255);
}

export function isValidModelName(name: string): boolean {
  return MODEL_NAME_PATTERN.test(name);
}
