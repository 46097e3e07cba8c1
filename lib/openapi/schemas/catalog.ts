import { z } from "zod";
import { modelRefSchema } from "./common";
import { pullSchema } from "./pulls";

// The built-in model catalog as GET /api/v1/catalog returns it (lib/pulls/list-catalog.ts):
// each entry of lib/catalog as it is, plus what this studio has of it. Plain twins of the
// validating schemas in lib/catalog/schemas.ts (those carry refinements zod-to-openapi
// cannot render); the tests hold the two to the same types.

const rgbSchema = z.tuple([z.number(), z.number(), z.number()]);

/** How raw pixels become the model's input tensor (lib/catalog PreprocessingSpec). */
export const preprocessingRecipeSchema = z
  .object({
    code: z.enum(["P1", "P2", "P4", "P5", "P6", "caffe2", "ssd-300"]).describe("The recipe's code in CATALOG.md."),
    layout: z.enum(["NCHW", "NHWC"]),
    channelOrder: z.enum(["RGB", "BGR"]),
    dtype: z.enum(["float32", "float16", "uint8"]),
    resize: z
      .discriminatedUnion("mode", [
        z.object({ mode: z.literal("shorter-side"), size: z.int() }).describe("Scale so the shorter side equals `size`, keeping the aspect ratio."),
        z.object({ mode: z.literal("exact"), width: z.int(), height: z.int() }).describe("Stretch to exactly width × height, ignoring the aspect ratio."),
        z.object({ mode: z.literal("none") }).describe("Feed the decoded image as it is (the graph accepts any size)."),
      ])
      .describe("Geometry, applied first."),
    crop: z.object({ width: z.int(), height: z.int() }).nullable().describe("Centre crop after the resize; null for none."),
    scale: z.number(),
    mean: rgbSchema.nullable().describe("Subtracted after `scale`, always as [red, green, blue] whatever channelOrder is; null to skip."),
    std: rgbSchema.nullable().describe("Divides after `mean`, as [red, green, blue]; null to skip."),
    verified: z.boolean().describe("False when the source admits the recipe is a guess (CATALOG.md marks P2 unverified)."),
  })
  .describe("value = (raw * scale - mean) / std per pixel and channel, raw being the 0–255 sample; then channels in channelOrder, laid out as layout, cast to dtype.");

/** A catalog model's input as the catalog declares it (lib/catalog TensorSpec). */
export const catalogTensorSchema = z.object({
  name: z.string(),
  dtype: z.enum(["float32", "float16", "uint8", "int64"]),
  shape: z.array(z.union([z.int(), z.string()])).describe('A fixed size, or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes).'),
});

/** A catalog model's output (lib/catalog OutputSpec): a tensor plus what it holds. */
export const catalogOutputSchema = catalogTensorSchema.extend({
  kind: z.enum(["logits", "probabilities", "detections"]),
});

/** One item of GET /api/v1/catalog: a CatalogEntry with `registered` and `lastPull` added. */
export const catalogItemSchema = z.object({
  id: z.string(),
  name: z.string().describe("The name the model gets in the studio's registry when installed from the catalog."),
  azureName: z.string().nullable().describe("The matching Azure ML hardware-accelerated model, or null when Azure had none."),
  description: z.string(),
  task: z.enum(["classification", "detection"]),
  fileName: z.string().describe("The zoo's file name; also the file name looked up in MODEL_MIRROR_DIR."),
  bytes: z.int(),
  sha256: z.string().describe("sha256 of the file, lowercase hex."),
  urls: z.array(z.string()).describe("Tried in order after the mirror; may be empty when only a mirror holds the file."),
  inputs: z.array(catalogTensorSchema),
  outputs: z.array(catalogOutputSchema),
  preprocessing: preprocessingRecipeSchema,
  labels: z.enum(["imagenet-1k", "coco-80", "coco-91"]),
  license: z.string(),
  isDefault: z.boolean().describe("Pulled at start when a mirror is configured."),
  registered: z.array(modelRefSchema).describe("The versions this studio registered from the entry, newest first."),
  lastPull: pullSchema.nullable().describe("The entry's latest pull, if any."),
});

/** GET /api/v1/catalog → 200. */
export const catalogListSchema = z.object({ items: z.array(catalogItemSchema) });

/**
 * POST /api/v1/catalog/{id}/pull → 202: the pull it queued, or the one already queued or
 * running for that entry. The same schema as pullSchema (pulls.ts), named for the route.
 */
export const catalogPullSchema = pullSchema;
