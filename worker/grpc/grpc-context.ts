/** What every gRPC service of a node needs to know about the process serving it. */
export type GrpcContext = {
  /** This worker's id: a service is served here only when one of its replicas' nodes is this worker's. */
  workerId: string;
  /** The job queue and scoring host are up (server-level readiness). */
  isReady: () => boolean;
};
