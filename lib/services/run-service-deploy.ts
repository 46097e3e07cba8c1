import { localArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { messageOf, shouldRetry, waitSimulated, type JobAttempt } from "@/lib/jobs";
import { resourceLogger } from "@/lib/logs";
import { ensureLocalModel } from "@/lib/registry";
import { runInInferenceThread } from "@/lib/threads/run-in-inference-thread";
import { listLiveNodeHosts, isWorkerLive } from "@/lib/workers";
import { publicScoringUri } from "./to-service-dto";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("services");

/**
 * The services-deploy job: loads the image's model onto each reserved FPGA. A node whose
 * FPGA holds another model is reflashed (FPGA_REFLASH_SECONDS, simulated), and answers
 * UNAVAILABLE meanwhile; a node whose worker died moves to a live one first. When every
 * replica is ready the service is Healthy, with the scoring URI of the node hosting its
 * first replica. Safe to run twice: a ready replica is skipped.
 */
export async function runServiceDeploy(options: { serviceId: string; workerId?: string; signal?: AbortSignal; attempt: JobAttempt }) {
  const { serviceId: id, attempt } = options;
  const service = await db.service.findUnique({ where: { id }, include: { image: { include: { model: true } }, replicaPlacements: { include: { node: { include: { worker: true } } }, orderBy: { replicaIndex: "asc" } } } });
  // A Healthy (or Unhealthy) service comes here when the autoscaler added replicas: they
  // are loaded while the others keep serving, and its state is left as it is.
  if (!service || !["Transitioning", "Healthy", "Unhealthy"].includes(service.state)) return;
  const isFirstDeployment = service.state === "Transitioning";
  const log = resourceLogger("service", id);
  const { model } = service.image;
  try {
    for (const replica of service.replicaPlacements) {
      if (replica.ready) continue;
      let node = replica.node;
      if (!isWorkerLive(node.worker)) {
        const [host] = await listLiveNodeHosts();
        if (!host) throw new Error("No live worker can host the node yet; retrying.");
        node = { ...(await db.computeNode.update({ where: { id: node.id }, data: { workerId: host.id } })), worker: host };
        await log(`Node ${node.name} moved to worker ${host.hostname}:${host.pid} (its worker is gone)`, "warn");
      }
      // A node without the model file pulls it from the registry the image was pushed to.
      await ensureLocalModel({ model, registryReference: service.image.registryReference, signal: options.signal, log });
      if (node.loadedDigest !== model.digest) {
        await db.computeNode.update({ where: { id: node.id }, data: { loadedDigest: null, reflashUntil: new Date(Date.now() + env().FPGA_REFLASH_SECONDS * 1000) } });
        await log(`Reflashing the FPGA of ${node.name} with ${model.name}:${model.version}`);
        await waitSimulated({ seconds: env().FPGA_REFLASH_SECONDS, steps: 1, signal: options.signal });
      }
      // The node's own process loads the model when it is this one; another worker loads it on its first request.
      if (node.workerId === options.workerId) await runInInferenceThread("warm", { digest: model.digest, modelPath: await localArtifact(model.digest) });
      await db.$transaction([
        db.computeNode.update({ where: { id: node.id }, data: { loadedDigest: model.digest, reflashUntil: null } }),
        db.serviceReplica.update({ where: { id: replica.id }, data: { ready: true } }),
      ]);
      await log(`Replica ${replica.replicaIndex} ready on ${node.name}`);
    }
    const first = await db.serviceReplica.findFirst({ where: { serviceId: id }, orderBy: { replicaIndex: "asc" }, include: { node: { include: { worker: true } } } });
    const restUri = publicScoringUri(service.name, first?.node.worker?.scoringUrl);
    const healthy = await db.service.updateMany({ where: { id, state: "Transitioning" }, data: { state: "Healthy", restUri, error: null } });
    if (healthy.count) await log(`Healthy: scoring URI ${restUri}`);
  } catch (error) {
    const message = messageOf(error);
    if (options.signal?.aborted || shouldRetry(error, attempt)) {
      await log(`Attempt ${attempt.number} of ${attempt.max} stopped, will retry: ${message}`, "warn");
      throw error;
    }
    if (!isAppError(error)) processLog.error({ err: error, service: id }, `deployment ${id} failed`);
    if (!isFirstDeployment) return void (await log(`Loading the new replica(s) failed: ${message}`, "error"));
    await db.service.updateMany({ where: { id, state: "Transitioning" }, data: { state: "Failed", error: message } });
    await log(`Failed: ${message}`, "error");
  }
}
