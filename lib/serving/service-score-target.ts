import { AppError } from "@/lib/errors";
import { scoringPath } from "@/lib/services";
import { serviceNameSchema } from "@/lib/services/schemas";
import { readServiceView } from "@/lib/services/service-view-cache";

/**
 * Where web sends a score for a service (the studio's Test tab): the scoring URI on the
 * node of a ready replica. The node checks the key and decides; web only picks it, from
 * the same in-memory service view the nodes use (service-view-cache.ts).
 */
export async function serviceScoreTarget(options: { name: string; search: string }): Promise<URL> {
  const name = serviceNameSchema.parse(options.name);
  const service = await readServiceView(name);
  // As on the node: a service being deleted is gone for its clients.
  if (!service || service.state === "Deleting") throw new AppError("not_found", `There is no service named ${name}.`, { name });
  const replica = service.replicas.find((r) => r.ready && r.node.scoringUrl);
  if (service.state !== "Healthy" || !replica) {
    throw new AppError("unavailable", `Service ${name} is ${service.state}; it takes requests once Healthy.`, { state: service.state });
  }
  return new URL(`${replica.node.scoringUrl}${scoringPath(name)}${options.search}`);
}
