import { CATALOG } from "@/lib/catalog";
import { db } from "@/lib/db";
import { toPullDto } from "./to-pull-dto";

/** The catalog with what this studio has of each entry: registered versions and the last pull. */
export async function listCatalog() {
  const [models, pulls] = await Promise.all([
    db.model.findMany({ where: { catalogId: { not: null } }, select: { catalogId: true, name: true, version: true }, orderBy: { version: "desc" } }),
    db.modelPull.findMany({ orderBy: { createdAt: "desc" }, distinct: ["catalogId"], include: { model: { select: { name: true, version: true } } } }),
  ]);
  return {
    items: CATALOG.map((entry) => {
      const registered = models.filter((m) => m.catalogId === entry.id).map((m) => ({ name: m.name, version: m.version }));
      const lastPull = pulls.find((p) => p.catalogId === entry.id);
      return { ...entry, registered, lastPull: lastPull ? toPullDto(lastPull) : null };
    }),
  };
}
