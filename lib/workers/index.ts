export { registerWorker, beatWorker, unregisterWorker } from "./register-worker";
export { reapDeadWorkers } from "./reap-dead-workers";
