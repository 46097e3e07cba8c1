export * from "./schemas";
export { addJob } from "./add-job";
export { messageOf, shouldRetry, type JobAttempt } from "./job-failure";
export { waitSimulated } from "./wait-simulated";
