// The image resource as the API returns it. Types only: safe to import from the browser.
import type { LogLine } from "@/lib/logs/types";

export type ImageState = "Queued" | "Running" | "Succeeded" | "Failed";

export type ImageDto = {
  id: string;
  name: string;
  version: number;
  state: ImageState;
  progress: number;
  model: { name: string; version: number };
  /** "sha256:<hex>" of the OCI manifest, once built. */
  digest: string | null;
  sizeBytes: number | null;
  /** An OCI reference for the image: `accel-studio/<name>:<version>`. */
  location: string | null;
  /** Where the build pushed the image (REGISTRY_URL): `<host>/<repository>:<tag>@sha256:<hex>`; null without a registry. */
  registryReference: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Services deploying this image. */
  services: string[];
  log?: LogLine[];
  links: { self: string; oci: string };
};
