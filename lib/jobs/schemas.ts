import { z } from "zod";

// Task names and payloads shared by web (which enqueues) and worker (which runs).
// Payloads carry ids only; a task re-reads its row.

export const TASKS = {
  modelsPull: "models-pull",
} as const;

export const modelsPullPayloadSchema = z.object({ pullId: z.uuid() });
export type ModelsPullPayload = z.infer<typeof modelsPullPayloadSchema>;

export type TaskPayloads = {
  [TASKS.modelsPull]: ModelsPullPayload;
};
export type TaskName = keyof TaskPayloads;
