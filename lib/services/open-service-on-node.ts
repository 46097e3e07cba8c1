import { AppError } from "@/lib/errors";
import { imageDeployment, type ImageDeployment } from "./image-deployment";
import type { ServiceForScoring } from "./read-service-for-scoring";
import { serviceNameSchema } from "./schemas";
import { readServiceView } from "./service-view-cache";
import { matchesServiceKey } from "./service-keys";

/** A ready replica on another worker, which a request arriving here is forwarded to. */
export type RemoteReplica = { node: string; scoringUrl: string };

export type OpenedService = {
  name: string;
  service: ServiceForScoring;
  deployment: ImageDeployment;
  /** The node of this worker hosting a replica, when one is ready to serve. */
  readyNode: string | null;
  /** Ready replicas on other workers, in the order to try them (rotated per request to spread load); empty when one is here. */
  remote: RemoteReplica[];
  /** Why it cannot serve right now (Transitioning, reflashing, no replica loaded…); null when it can, here or through a remote replica. */
  unavailableReason: string | null;
};

// Rotates the remote replicas a node forwards to, so that one node's forwarded requests
// spread over every ready replica instead of all landing on the first.
let rotation = 0;

/**
 * What every protocol does first with a service on this node: find it (NOT_FOUND), check
 * the key when it has auth on (UNAUTHENTICATED without one, PERMISSION_DENIED for a wrong
 * one), and see whether it can be served through this node now: a ready replica here
 * (Healthy, its FPGA not being reflashed), or else one on another live worker. Scoring
 * uses `readyNode` or forwards to `remote`; metadata and status calls report either.
 */
export async function openServiceOnNode(options: { name: string; authorization?: string; workerId: string }): Promise<OpenedService> {
  const parsed = serviceNameSchema.safeParse(options.name);
  if (!parsed.success) throw new AppError("not_found", `There is no service named ${options.name}.`, { name: options.name });
  const name = parsed.data;
  const service = await readServiceView(name);
  if (!service || service.state === "Deleting") throw new AppError("not_found", `There is no service named ${name}.`, { name });
  if (service.authEnabled) {
    const key = /^Bearer\s+(\S+)$/i.exec(options.authorization ?? "")?.[1];
    if (!key) throw new AppError("unauthenticated", `Service ${name} requires a key: send "authorization: Bearer <key>" with its primary or secondary key.`);
    if (!matchesServiceKey(key, [service.primaryKeyHash, service.secondaryKeyHash])) throw new AppError("invalid_key", `The key is not a current key of service ${name}.`);
  }
  const deployment = await imageDeployment(service.imageId);
  const now = Date.now();
  const isLoaded = (r: ServiceForScoring["replicas"][number]) => r.ready && r.node.loadedDigest === deployment.model.digest && !(r.node.reflashUntil && r.node.reflashUntil.getTime() > now);
  // A replica here is served here; otherwise any ready replica on a live worker is one hop
  // away (any node routes, as behind a Kubernetes Service).
  const ready = service.replicas.find((r) => r.node.workerId === options.workerId && isLoaded(r));
  const others = ready ? [] : service.replicas.filter((r) => r.node.workerId && r.node.workerId !== options.workerId && r.node.scoringUrl && isLoaded(r));
  const start = others.length ? rotation++ % others.length : 0;
  const remote = [...others.slice(start), ...others.slice(0, start)].map((r) => ({ node: r.node.name, scoringUrl: r.node.scoringUrl! }));
  const loading = service.replicas.find((r) => r.node.reflashUntil && r.node.reflashUntil.getTime() > now);
  const unavailableReason =
    service.state !== "Healthy" ? `Service ${name} is ${service.state}; it takes requests once Healthy.`
    : ready || remote.length ? null
    : loading ? `The FPGA of ${loading.node.name} is being reflashed with ${deployment.model.name}:${deployment.model.version}; try again shortly.`
    : `No replica of service ${name} is loaded on a live node; try again shortly.`;
  return { name, service, deployment, readyNode: unavailableReason || !ready ? null : ready.node.name, remote: unavailableReason ? [] : remote, unavailableReason };
}
