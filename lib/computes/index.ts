export { requestCompute } from "./request-compute";
export { getComputeOrThrow, getComputeRowOrThrow, listComputes } from "./get-compute";
export { getQuotas, regionQuota } from "./get-quotas";
export { deleteCompute, runComputeDelete } from "./delete-compute";
export { runComputeProvision } from "./run-compute-provision";
export { PB6_VM_SIZE, VCPUS_PER_NODE } from "./schemas";
export type * from "./types";
export { adoptOrphanNodes } from "./adopt-orphan-nodes";
