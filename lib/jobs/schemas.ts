import { z } from "zod";

// Task names and payloads shared by web (which enqueues) and worker (which runs).
// Payloads carry ids only; a task re-reads its row.

export const TASKS = {
  modelsPull: "models-pull",
  conversionsRun: "conversions-run",
  imagesBuild: "images-build",
  computesProvision: "computes-provision",
  computesDelete: "computes-delete",
  servicesDeploy: "services-deploy",
  servicesDelete: "services-delete",
  azureImport: "azure-import",
  azurePublish: "azure-publish",
} as const;

export const modelsPullPayloadSchema = z.object({ pullId: z.uuid() });
export type ModelsPullPayload = z.infer<typeof modelsPullPayloadSchema>;

export const conversionPayloadSchema = z.object({ conversionId: z.uuid() });
export const imagePayloadSchema = z.object({ imageId: z.uuid() });
export const computePayloadSchema = z.object({ computeId: z.uuid() });
export const servicePayloadSchema = z.object({ serviceId: z.uuid() });

export const azureTransferPayloadSchema = z.object({ transferId: z.uuid() });

export type TaskPayloads = {
  [TASKS.modelsPull]: ModelsPullPayload;
  [TASKS.conversionsRun]: z.infer<typeof conversionPayloadSchema>;
  [TASKS.imagesBuild]: z.infer<typeof imagePayloadSchema>;
  [TASKS.computesProvision]: z.infer<typeof computePayloadSchema>;
  [TASKS.computesDelete]: z.infer<typeof computePayloadSchema>;
  [TASKS.servicesDeploy]: z.infer<typeof servicePayloadSchema>;
  [TASKS.servicesDelete]: z.infer<typeof servicePayloadSchema>;
  [TASKS.azureImport]: z.infer<typeof azureTransferPayloadSchema>;
  [TASKS.azurePublish]: z.infer<typeof azureTransferPayloadSchema>;
};
export type TaskName = keyof TaskPayloads;
