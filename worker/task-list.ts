import type { Task } from "graphile-worker";
import { TASKS, type TaskName } from "@/lib/jobs";
import { azureImport, azurePublish } from "./tasks/azure-transfers";
import { computesDelete } from "./tasks/computes-delete";
import { computesProvision } from "./tasks/computes-provision";
import { conversionsRun } from "./tasks/conversions-run";
import { imagesBuild } from "./tasks/images-build";
import { modelsPull } from "./tasks/models-pull";
import { servicesDelete } from "./tasks/services-delete";
import { servicesDeploy } from "./tasks/services-deploy";

/** Every task this worker process runs; `workerId` lets a deployment warm the model on its own node. */
export function taskList(workerId: string): Record<TaskName, Task> {
  return {
    [TASKS.modelsPull]: modelsPull,
    [TASKS.conversionsRun]: conversionsRun,
    [TASKS.imagesBuild]: imagesBuild,
    [TASKS.computesProvision]: computesProvision,
    [TASKS.computesDelete]: computesDelete,
    [TASKS.servicesDeploy]: servicesDeploy(workerId),
    [TASKS.servicesDelete]: servicesDelete,
    [TASKS.azureImport]: azureImport,
    [TASKS.azurePublish]: azurePublish,
  };
}
