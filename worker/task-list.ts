import type { Task } from "graphile-worker";
import { TASKS, type TaskName } from "@/lib/jobs";
import { modelsPull } from "./tasks/models-pull";

export const taskList: Record<TaskName, Task> = {
  [TASKS.modelsPull]: modelsPull,
};
