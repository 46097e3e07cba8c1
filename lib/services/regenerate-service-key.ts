import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendLog } from "@/lib/logs";
import { getServiceOrThrow, getServiceRowOrThrow } from "./get-service";
import { regenerateKeySchema } from "./schemas";
import { generateServiceKey, hashServiceKey } from "./service-keys";

/** POST /api/v1/services/{name}/keys/regenerate: a new primary or secondary key, shown this once; the old one stops working at once. */
export async function regenerateServiceKey(options: { name: string; body: unknown }) {
  const { key: which } = regenerateKeySchema.parse(options.body);
  const service = await getServiceRowOrThrow(options);
  if (!service.authEnabled) throw new AppError("invalid_state", `Service ${service.name} was deployed without key authentication; it has no keys.`);
  const key = generateServiceKey();
  await db.$transaction(async (tx) => {
    await tx.service.update({ where: { id: service.id }, data: which === "primary" ? { primaryKeyHash: hashServiceKey(key) } : { secondaryKeyHash: hashServiceKey(key) } });
    await appendLog({ tx, kind: "service", id: service.id, message: `Regenerated the ${which} key` });
  });
  return getServiceOrThrow({ name: service.name, keys: { [which]: key } });
}
