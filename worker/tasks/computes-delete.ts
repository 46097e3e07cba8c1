import type { Task } from "graphile-worker";
import { runComputeDelete } from "@/lib/computes";
import { computePayloadSchema } from "@/lib/jobs";

// computes-delete: release a compute's nodes and remove it (services were deleted first).
export const computesDelete: Task = async (payload) => {
  await runComputeDelete(computePayloadSchema.parse(payload));
};
