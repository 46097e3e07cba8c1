import { CATALOG } from "@/lib/catalog";
import { db } from "@/lib/db";
import { requestModelPull } from "./request-model-pull";

/** At start, with a mirror configured: queue the small default models not yet registered. */
export async function requestDefaultPulls(options: { ids: string[] }) {
  const known = new Set(CATALOG.map((e) => e.id));
  const queued: string[] = [];
  for (const id of options.ids.filter((i) => known.has(i))) {
    const registered = await db.model.count({ where: { catalogId: id } });
    if (registered) continue;
    const { isNew } = await requestModelPull({ catalogId: id });
    if (isNew) queued.push(id);
  }
  return { queued };
}
