import { z } from "zod";

// The v2 REST inference request ($inference_request of KServe's REST predict v2;
// PROTOCOLS.md). `data` may be flat or nested row-major, so it is checked element by
// element once flattened (read-rest-request.ts); unknown members are allowed, as v2 lets
// clients add them.

const parametersSchema = z.record(z.string(), z.unknown()).optional();

export const v2RestInputSchema = z.object({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  datatype: z.string(),
  parameters: parametersSchema,
  data: z.array(z.unknown()),
});

export const v2RestInferRequestSchema = z.object({
  id: z.string().optional(),
  parameters: parametersSchema,
  inputs: z.array(v2RestInputSchema).min(1),
  outputs: z.array(z.object({ name: z.string(), parameters: parametersSchema })).optional(),
});

export type V2RestInferRequest = z.infer<typeof v2RestInferRequestSchema>;
