import { localArtifact } from "@/lib/artifacts";
import { queryRows } from "@/lib/db";
import { runInInferenceThread } from "@/lib/threads/run-in-inference-thread";

// Digests this process has loaded: a model stays in the inference threads' session cache.
const warmed = new Set<string>();

/**
 * Loads the models of the replicas this worker's nodes hold, once per process: a node it
 * adopted or was handed (failover, a rolling update) serves its first request without
 * paying the session load, while its FPGA is still being reflashed. Run by the heartbeat.
 */
export async function warmHostedModels(options: { workerId: string }): Promise<string[]> {
  const rows = await queryRows<{ digest: string }>(
    `SELECT DISTINCT m.digest FROM compute_nodes n
     JOIN service_replicas r ON r.node_id = n.id
     JOIN services s ON s.id = r.service_id AND s.state <> 'Deleting'
     JOIN images i ON i.id = s.image_id
     JOIN models m ON m.id = i.model_id
     WHERE n.worker_id = $1`,
    [options.workerId],
  );
  const loaded: string[] = [];
  for (const { digest } of rows) {
    if (warmed.has(digest)) continue;
    await runInInferenceThread("warm", { digest, modelPath: await localArtifact(digest) });
    warmed.add(digest);
    loaded.push(digest);
  }
  return loaded;
}
