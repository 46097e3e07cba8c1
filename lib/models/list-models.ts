import { db, Prisma } from "@/lib/db";
import type { ListModelsQuery } from "./schemas";
import { toModelDto } from "./to-model-dto";

const FRAMEWORKS = { onnx: "onnx", "accel-onnx": "accel_onnx", tensorflow: "tensorflow" } as const;

export async function listModels(query: ListModelsQuery) {
  const where: Prisma.ModelWhereInput = {
    ...(query.name ? { name: query.name } : {}),
    ...(query.framework ? { framework: FRAMEWORKS[query.framework] } : {}),
    ...tagFilter(query.tag),
  };
  if (query.latest) {
    // Latest version per name: the rows with no higher version of the same name.
    const latest = await db.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT ON (name) id FROM models ORDER BY name, version DESC`;
    where.id = { in: latest.map((r) => r.id) };
  }
  const [total, rows] = await Promise.all([
    db.model.count({ where }),
    db.model.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { parent: { select: { name: true, version: true } } },
    }),
  ]);
  return {
    items: rows.map(toModelDto),
    page: query.page,
    pageSize: query.pageSize,
    total,
    nextPage: query.page * query.pageSize < total ? query.page + 1 : null,
  };
}

function tagFilter(tag: string | undefined): Prisma.ModelWhereInput {
  if (!tag) return {};
  const at = tag.indexOf("=");
  if (at < 0) return { tags: { path: [tag], not: Prisma.AnyNull } };
  return { tags: { path: [tag.slice(0, at)], equals: tag.slice(at + 1) } };
}
