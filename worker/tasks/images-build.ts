import type { Task } from "graphile-worker";
import { runImageBuild } from "@/lib/images";
import { imagePayloadSchema } from "@/lib/jobs";

// images-build: pack one converted model into an OCI image archive in the artifact store.
export const imagesBuild: Task = async (payload, helpers) => {
  const { imageId } = imagePayloadSchema.parse(payload);
  await runImageBuild({ imageId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};
