import { z } from "zod";
import { storableText } from "@/lib/schemas/storable-text";

// Azure ML model names: letters, digits, '-', '_', '.', starting with a letter or digit,
// at most 255 characters. Accel Studio also requires lowercase (ARCHITECTURE.md).
export const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,254}$/;

export const modelNameSchema = z
  .string()
  .regex(MODEL_NAME_PATTERN, "Model names are lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (at most 255 characters).");

export const modelVersionSchema = z.coerce
  .number({ message: "The version must be a whole number." })
  .int("The version must be a whole number.")
  .positive("Versions start at 1.");

const TAG_KEY = /^[A-Za-z0-9_.:/-]{1,128}$/;
export const MAX_TAG_VALUE_LENGTH = 256;
export const MAX_TAGS = 50;
export const tagKeySchema = z.string().regex(TAG_KEY, "Tag keys are 1–128 letters, digits or _ . : / -");
export const tagValueSchema = storableText().max(MAX_TAG_VALUE_LENGTH, `Tag values are at most ${MAX_TAG_VALUE_LENGTH} characters.`);
export const tagsSchema = z.record(tagKeySchema, tagValueSchema).refine((tags) => Object.keys(tags).length <= MAX_TAGS, `At most ${MAX_TAGS} tags.`);
const descriptionSchema = storableText().max(5000);

/** What the model does: classification names classes, detection boxes objects (scoring reads its outputs accordingly). */
export const modelTaskSchema = z.enum(["classification", "detection"], { message: 'The task is "classification" or "detection".' });

/** Multipart text fields of `POST /api/v1/models`; `tags` arrives as a JSON object string. */
export const registerModelFieldsSchema = z.strictObject({
  name: modelNameSchema,
  description: descriptionSchema.default(""),
  tags: z
    .string()
    .default("{}")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: 'Tags must be a JSON object, e.g. {"team":"vision"}.' });
        return z.NEVER;
      }
    })
    .pipe(tagsSchema),
  // Absent: the recipe of a file the catalog knows decides, else classification.
  task: modelTaskSchema.optional(),
});
export type RegisterModelFields = z.infer<typeof registerModelFieldsSchema>;

export const listModelsQuerySchema = z.strictObject({
  name: modelNameSchema.optional(),
  /** `key` (has the tag) or `key=value` */
  tag: storableText().min(1).max(400).optional(),
  framework: z.enum(["onnx", "accel-onnx", "tensorflow"]).optional(),
  latest: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  page: z.coerce.number().int().positive().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListModelsQuery = z.infer<typeof listModelsQuerySchema>;

/** JSON merge patch (RFC 7396) of the editable fields; a tag set to null is removed. */
export const updateModelSchema = z.strictObject({
  description: descriptionSchema.optional(),
  tags: z.record(tagKeySchema, tagValueSchema.nullable()).optional(),
});
export type UpdateModelInput = z.infer<typeof updateModelSchema>;

