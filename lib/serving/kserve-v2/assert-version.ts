import { AppError } from "@/lib/errors";

/** A service serves one version, its converted model's; asking for another is NOT_FOUND. */
export function assertVersion(options: { name: string; requested?: string; served: string }) {
  if (options.requested && options.requested !== options.served) {
    throw new AppError("not_found", `Service ${options.name} has no version ${options.requested}; it serves version ${options.served}.`, { versions: [options.served] });
  }
}
