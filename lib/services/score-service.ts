import { AppError } from "@/lib/errors";
import { scoreModelVersion } from "@/lib/scoring";
import type { ScoreResponse } from "@/lib/serving/score-response";
import { serviceNameSchema } from "./schemas";
import { matchesServiceKey } from "./service-keys";
import { imageDeployment } from "./image-deployment";
import { readServiceForScoring } from "./read-service-for-scoring";

export type ServiceScoreResponse = ScoreResponse & { service: { name: string; node: string } };

/**
 * Scores one image on this node for a service (its scoring URI, served by the worker's
 * scoring host): the key first, then the service's state, then this node's FPGA, which
 * answers UNAVAILABLE while it is being reflashed. The converted model runs through the
 * one scoring service; the simulated latency is the deployment's (its profile, precision,
 * host-side head and FPGAs per replica).
 */
export async function scoreService(options: { name: string; image: Buffer; authorization?: string; workerId: string; topK?: number; receivedAt?: number }): Promise<ServiceScoreResponse> {
  const name = serviceNameSchema.parse(options.name);
  const service = await readServiceForScoring(name);
  if (!service || service.state === "Deleting") throw new AppError("not_found", `There is no service named ${name}.`, { name });
  if (service.authEnabled) {
    const key = /^Bearer\s+(\S+)$/i.exec(options.authorization ?? "")?.[1];
    if (!key) throw new AppError("unauthenticated", `Service ${name} requires a key: send "authorization: Bearer <key>" with its primary or secondary key.`);
    if (!matchesServiceKey(key, [service.primaryKeyHash, service.secondaryKeyHash])) throw new AppError("unauthenticated", `The key is not a current key of service ${name}.`);
  }
  if (service.state !== "Healthy") {
    throw new AppError("unavailable", `Service ${name} is ${service.state}; it takes requests once Healthy.`, { state: service.state });
  }
  const { model, profile, setup } = await imageDeployment(service.imageId);
  const local = service.replicas.filter((r) => r.node.workerId === options.workerId);
  if (local.length === 0) throw new AppError("not_found", `This node hosts no replica of service ${name}; use its scoring URI.`, { name });
  const now = Date.now();
  const ready = local.find((r) => r.ready && r.node.loadedDigest === model.digest && !(r.node.reflashUntil && r.node.reflashUntil.getTime() > now));
  if (!ready) throw new AppError("unavailable", `The FPGA of ${local[0].node.name} is being reflashed with ${model.name}:${model.version}; try again shortly.`);
  const simulation = { ...setup, fpgas: service.fpgasPerReplica };
  const result = await scoreModelVersion({ name: model.name, version: model.version, image: options.image, topK: options.topK, profiles: [profile], simulation, receivedAt: options.receivedAt });
  return { ...result, service: { name, node: ready.node.name } };
}
