import type { TaskList } from "graphile-worker";
import { TASKS } from "@/lib/jobs";
import { modelsPull } from "./tasks/models-pull";

export const taskList: TaskList = {
  [TASKS.modelsPull]: modelsPull,
};
