import { z } from "zod";
import { isoTimestamp, modelRefSchema } from "./common";
import { logLineSchema } from "./logs";

// The FPGA image resource (lib/images/types.ts ImageDto, built by to-image-dto.ts):
//   GET    /api/v1/images                      → 200 imageListSchema (items carry no log)
//   POST   /api/v1/images                      → 202 imageWithLogSchema
//   GET    /api/v1/images/{name}               → 200 imageListSchema (that name's versions)
//   GET    /api/v1/images/{name}/versions/{v}  → 200 imageWithLogSchema
//   DELETE /api/v1/images/{name}/versions/{v}  → 200 imageDeletedSchema

export const imageStateSchema = z.enum(["Queued", "Running", "Succeeded", "Failed"]);

/** An image version as the lists give it (ImageDto without `log`). */
export const imageSchema = z.object({
  id: z.string().describe("UUID"),
  name: z.string(),
  version: z.int(),
  state: imageStateSchema,
  progress: z.number().describe("0..1"),
  model: modelRefSchema.describe("The converted model the image packs."),
  digest: z.string().nullable().describe('"sha256:<hex>" of the OCI manifest, once built.'),
  sizeBytes: z.int().nullable().describe("Size of the OCI archive, once built."),
  location: z.string().nullable().describe("An OCI reference for the image, once built: `accel-studio/<name>:<version>`."),
  registryReference: z
    .string()
    .nullable()
    .describe("Where the build pushed the image when a registry is configured (REGISTRY_URL): `<host>/<repository>:<tag>@sha256:<hex>`; null otherwise."),
  error: z.string().nullable(),
  createdAt: isoTimestamp(),
  startedAt: isoTimestamp().nullable(),
  finishedAt: isoTimestamp().nullable(),
  services: z.array(z.string()).describe("Services deploying this image."),
  links: z.object({ self: z.string(), oci: z.string().describe("The image as an OCI archive (application/x-tar).") }),
});

/** One image version with its build log: GET /api/v1/images/{name}/versions/{v} and the 202 of POST. */
export const imageWithLogSchema = imageSchema.extend({
  log: z.array(logLineSchema).describe("The build log, oldest first (at most 2000 lines)."),
});

/** GET /api/v1/images and GET /api/v1/images/{name} → 200: by name, newest version first, at most 500. */
export const imageListSchema = z.object({ items: z.array(imageSchema) });

/** DELETE /api/v1/images/{name}/versions/{v} → 200 (lib/images/delete-image.ts). */
export const imageDeletedSchema = z.object({
  name: z.string(),
  version: z.int(),
  deleted: z.literal(true),
});
