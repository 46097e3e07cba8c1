export { beatWorker, unregisterWorker } from "./register-worker";
export { reapDeadWorkers } from "./reap-dead-workers";
export { pickScoringWorker, forgetScoringWorkers, type ScoringWorker } from "./pick-scoring-worker";
export { scoringSocketPath } from "./scoring-socket-path";
export { probeWorker } from "./probe-worker";
export { releaseJobs } from "./release-jobs";
export { isWorkerLive, listLiveNodeHosts } from "./list-live-workers";
