import { z } from "zod";
import { MODEL_NAME_PATTERN, modelNameSchema, modelVersionSchema } from "@/lib/models/schemas";

/** Image names follow model names (Azure ML image names were lowercase too). */
export const imageNameSchema = z.string().regex(MODEL_NAME_PATTERN, "Image names are lowercase letters, digits, '.', '_' and '-', starting with a letter or digit.");

export const createImageSchema = z.strictObject({
  name: imageNameSchema,
  model: modelNameSchema,
  version: modelVersionSchema,
});
export type CreateImageInput = z.infer<typeof createImageSchema>;
