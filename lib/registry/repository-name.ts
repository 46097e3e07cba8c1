import { AppError } from "@/lib/errors";

// distribution-spec spec.md, "Pulling manifests": <name> MUST match
//   [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*
// and many clients limit the whole name (with the registry's host) to 255 characters.
const SEPARATOR = /^(?:[._]|__|-+)$/;
const MAX_NAME_CHARS = 255;

/**
 * The repository an image is pushed to: `<prefix>/<image name>`. Image names allow what
 * a repository component does not ("a..b", "x-", "y._z"); such runs of separators
 * become one "-", and separators at the ends go, so every image name maps to a valid one.
 */
export function repositoryName(options: { imageName: string; prefix?: string }): string {
  const component = options.imageName
    .split(/([._-]+)/)
    .map((part, index) => (index % 2 === 0 || SEPARATOR.test(part) ? part : "-"))
    .join("")
    .replace(/^[._-]+|[._-]+$/g, "");
  const name = options.prefix ? `${options.prefix}/${component}` : component;
  if (!component || name.length > MAX_NAME_CHARS) {
    throw new AppError("validation_failed", `Image name "${options.imageName}" gives no usable repository name (${name.length} characters, at most ${MAX_NAME_CHARS}).`, { name });
  }
  return name;
}
