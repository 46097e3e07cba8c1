import type { Image, Model } from "@/lib/db";
import type { LogLine } from "@/lib/logs";
import type { ImageDto } from "./types";

export type ImageRow = Image & { model: Pick<Model, "name" | "version">; services: { name: string }[] };

export const IMAGE_INCLUDE = { model: { select: { name: true, version: true } }, services: { select: { name: true } } } as const;

/** The OCI reference an image is known by (as `docker pull` would name it). */
export function imageReference(image: Pick<Image, "name" | "version">): string {
  return `accel-studio/${image.name}:${image.version}`;
}

export function toImageDto(row: ImageRow, log?: LogLine[]): ImageDto {
  const self = `/api/v1/images/${row.name}/versions/${row.version}`;
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    state: row.state,
    progress: row.state === "Succeeded" ? 1 : row.progress,
    model: { name: row.model.name, version: row.model.version },
    digest: row.digest ? `sha256:${row.digest}` : null,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    location: row.location,
    registryReference: row.registryReference,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    services: row.services.map((s) => s.name),
    ...(log ? { log } : {}),
    links: { self, oci: `${self}/oci` },
  };
}
