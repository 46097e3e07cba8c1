import type { Task } from "graphile-worker";
import { servicePayloadSchema } from "@/lib/jobs";
import { runServiceDelete } from "@/lib/services";

// services-delete: free the service's FPGAs and remove it.
export const servicesDelete: Task = async (payload) => {
  await runServiceDelete(servicePayloadSchema.parse(payload));
};
