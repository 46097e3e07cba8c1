import type { Task } from "graphile-worker";
import { servicePayloadSchema } from "@/lib/jobs";
import { runServiceDeploy } from "@/lib/services";

// services-deploy: load the image's model onto the reserved FPGAs and bring the service up.
export function servicesDeploy(workerId: string): Task {
  return async (payload, helpers) => {
    const { serviceId } = servicePayloadSchema.parse(payload);
    await runServiceDeploy({ serviceId, workerId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
  };
}
