import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toPullDto } from "./to-pull-dto";

export async function getModelPullOrThrow(options: { id: string }) {
  const id = z.uuid({ message: "Pull ids are UUIDs." }).parse(options.id);
  const pull = await db.modelPull.findUnique({ where: { id }, include: { model: { select: { name: true, version: true } } } });
  if (!pull) throw new AppError("not_found", `There is no pull ${id}.`);
  const logs = await db.resourceLog.findMany({ where: { resourceKind: "pull", resourceId: id }, orderBy: { id: "asc" }, take: 200 });
  return { ...toPullDto(pull), logs: logs.map((l) => ({ at: l.at.toISOString(), level: l.level, message: l.message })) };
}
