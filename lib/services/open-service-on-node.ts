import { AppError } from "@/lib/errors";
import { imageDeployment, type ImageDeployment } from "./image-deployment";
import type { ServiceForScoring } from "./read-service-for-scoring";
import { serviceNameSchema } from "./schemas";
import { readServiceView } from "./service-view-cache";
import { matchesServiceKey } from "./service-keys";

export type OpenedService = {
  name: string;
  service: ServiceForScoring;
  deployment: ImageDeployment;
  /** The node of this worker hosting a replica, when one is ready to serve. */
  readyNode: string | null;
  /** Why it cannot serve right now (Transitioning, reflashing…); null when it can. */
  unavailableReason: string | null;
};

/**
 * What every protocol does first with a service on this node: find it (NOT_FOUND), check
 * the key when it has auth on (UNAUTHENTICATED without one, PERMISSION_DENIED for a wrong
 * one), and see whether this node can serve it now (a replica here, Healthy, its FPGA not
 * being reflashed). Scoring requires `readyNode`; metadata and status calls report it.
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
  const local = service.replicas.filter((r) => r.node.workerId === options.workerId);
  if (local.length === 0) throw new AppError("not_found", `This node hosts no replica of service ${name}; use its scoring URI.`, { name });
  const now = Date.now();
  const ready = local.find((r) => r.ready && r.node.loadedDigest === deployment.model.digest && !(r.node.reflashUntil && r.node.reflashUntil.getTime() > now));
  const unavailableReason =
    service.state !== "Healthy" ? `Service ${name} is ${service.state}; it takes requests once Healthy.`
    : !ready ? `The FPGA of ${local[0].node.name} is being reflashed with ${deployment.model.name}:${deployment.model.version}; try again shortly.`
    : null;
  return { name, service, deployment, readyNode: unavailableReason ? null : ready!.node.name, unavailableReason };
}
