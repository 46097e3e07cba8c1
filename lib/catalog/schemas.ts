import { z } from "zod";

// Schemas of the built-in model catalog. The facts they carry (paths, digests, I/O
// names, preprocessing) come from ../shared/design/CATALOG.md, which takes them from
// the ONNX Model Zoo's Git LFS pointers and ONNX_HUB_MANIFEST.json.

const rgbTriple = z.tuple([z.number(), z.number(), z.number()]);

/**
 * How raw pixels become the model's input tensor. The scoring engine applies, per
 * pixel and channel, in this order:
 *
 *   1. geometry: `resize`, then centre `crop` (when not null);
 *   2. `value = (raw * scale - mean) / std`, where `raw` is the 0–255 sample of that
 *      colour, `mean` is skipped when null and `std` is skipped when null;
 *   3. channels written in `channelOrder`, tensor laid out as `layout`, cast to `dtype`.
 *
 * `mean` and `std` are ALWAYS written as [red, green, blue], whatever `channelOrder`
 * is: a BGR model still lists its red value first, and the engine places each value
 * on the tensor channel of that colour. Both are in post-`scale` units, so Caffe-style
 * "subtract the 0–255 mean, then multiply" (P2) is stored as mean × scale, which
 * gives `(raw − m) × s` exactly (up to float rounding, ~1e-16).
 */
export const preprocessingSpecSchema = z.object({
  code: z.enum(["P1", "P2", "P4", "P5", "P6", "caffe2", "ssd-300"]),
  layout: z.enum(["NCHW", "NHWC"]),
  channelOrder: z.enum(["RGB", "BGR"]),
  dtype: z.enum(["float32", "float16", "uint8"]),
  resize: z.discriminatedUnion("mode", [
    // Scale so the shorter side equals `size`, keeping the aspect ratio.
    z.object({ mode: z.literal("shorter-side"), size: z.int().positive() }),
    // Stretch to exactly width × height, ignoring the aspect ratio.
    z.object({ mode: z.literal("exact"), width: z.int().positive(), height: z.int().positive() }),
    // Feed the decoded image as it is (the graph accepts any size).
    z.object({ mode: z.literal("none") }),
  ]),
  crop: z.object({ width: z.int().positive(), height: z.int().positive() }).nullable(),
  scale: z.number().positive(),
  mean: rgbTriple.nullable(),
  std: rgbTriple.refine((s) => s.every((v) => v > 0), "std values must be positive").nullable(),
  // False when the source admits the recipe is a guess (CATALOG.md marks P2 "unverified").
  verified: z.boolean(),
});

const tensorDtypeSchema = z.enum(["float32", "float16", "uint8", "int64"]);
// A dimension is a fixed size or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes).
const shapeSchema = z.array(z.union([z.int().positive(), z.string().min(1)])).min(1);

export const tensorSpecSchema = z.object({
  name: z.string().min(1),
  dtype: tensorDtypeSchema,
  shape: shapeSchema,
});

export const outputSpecSchema = tensorSpecSchema.extend({
  kind: z.enum(["logits", "probabilities", "detections"]),
});

export const catalogEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "lowercase letters, digits, dots and dashes"),
    // The name the model gets in the studio's registry when installed from the catalog.
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    // The matching Azure ML hardware-accelerated model, or null when Azure had none.
    azureName: z.string().min(1).nullable(),
    description: z.string().min(10),
    task: z.enum(["classification", "detection"]),
    // The zoo's file name; also the file name looked up in MODEL_MIRROR_DIR.
    fileName: z.string().regex(/^[^/\\]+\.onnx$/),
    bytes: z.int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    // Tried in order after the mirror; may be empty when only a mirror holds the file.
    urls: z.array(z.url({ protocol: /^https?$/ })),
    inputs: z.array(tensorSpecSchema).min(1),
    outputs: z.array(outputSpecSchema).min(1),
    preprocessing: preprocessingSpecSchema,
    labels: z.enum(["imagenet-1k", "coco-80", "coco-91"]),
    license: z.string().min(1),
    isDefault: z.boolean(),
  })
  .refine((e) => e.inputs[0].dtype === e.preprocessing.dtype, {
    message: "preprocessing.dtype must match the first input's dtype",
    path: ["preprocessing", "dtype"],
  })
  .refine((e) => (e.task === "detection") === e.outputs.every((o) => o.kind === "detections"), {
    message: "detection entries (and only they) have detections outputs",
    path: ["outputs"],
  });

export type PreprocessingSpec = z.infer<typeof preprocessingSpecSchema>;
export type PreprocessingCode = PreprocessingSpec["code"];
export type TensorSpec = z.infer<typeof tensorSpecSchema>;
export type OutputSpec = z.infer<typeof outputSpecSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/**
 * What a registered model stores as its `preprocessing` (models.preprocessing): the recipe
 * plus its label set and output kinds. Written by registration and pulls, read by the
 * scoring service — one schema for both, so a change to one side cannot go unnoticed.
 */
export const modelPreprocessingSchema = preprocessingSpecSchema.extend({
  labels: z.enum(["imagenet-1k", "coco-80", "coco-91"]),
  outputs: z.array(outputSpecSchema).min(1),
});
export type ModelPreprocessing = z.infer<typeof modelPreprocessingSchema>;
