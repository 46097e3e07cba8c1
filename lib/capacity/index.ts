// Public surface of lib/capacity: the capacity planner (GET /api/v1/plan) and the M/G/c
// model under it, which the planner's bench and tests drive directly.
export { planCapacity, type PlanCapacityOptions } from "./plan-capacity";
export { planQuerySchema, type PlanQuery } from "./schemas";
export { predictQueue, type PredictQueueOptions, type QueuePrediction } from "./predict-queue";
export { moments } from "./moments";
export { chooseReplicas, type ChooseReplicasOptions, type ReplicaChoice } from "./choose-replicas";
export { calibrateServiceTime, type CalibrateServiceTimeOptions, type ServiceSample } from "./calibrate-service-time";
export { hostOverheadMs } from "./host-overhead-ms";
export { runOpenLoop, type RunOpenLoopOptions, type OpenLoopResult } from "./run-open-loop";
export type * from "./types";
