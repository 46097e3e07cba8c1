import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { logger } from "@/lib/logging";

// The one Prisma client of the app, shared by web and worker. Created on first use
// (so `next build` can import route modules without a database) and cached on
// globalThis so that dev-mode hot reloads do not open a new pool each time.

const globalForDb = globalThis as unknown as { accelPrisma?: PrismaClient; accelPool?: pg.Pool };

function createClient(): PrismaClient {
  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 });
  // An idle connection dropped by the server (a restart, a shutdown) must not crash the
  // process; the pool replaces it on the next query.
  pool.on("error", (error) => logger("db").warn(`idle connection lost: ${error.message}`));
  globalForDb.accelPool = pool;
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

export function getDb(): PrismaClient {
  globalForDb.accelPrisma ??= createClient();
  return globalForDb.accelPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * One SQL read on the Prisma client's own pool, for a per-request hot path where Prisma's
 * query layer is a measurable share: a scoring request's service lookup took 0.65 ms
 * through `$queryRaw` and 0.43 ms through pg (median of 300 each, BENCHMARKS.md).
 */
export async function queryRows<T extends object>(text: string, values: unknown[]): Promise<T[]> {
  getDb();
  return (await globalForDb.accelPool!.query<T>(text, values)).rows;
}

export async function disconnectDb(): Promise<void> {
  const { accelPrisma: client, accelPool: pool } = globalForDb;
  globalForDb.accelPrisma = undefined;
  globalForDb.accelPool = undefined;
  await client?.$disconnect();
  // The adapter does not end a pool it was given; its idle connections would otherwise
  // stay open until the server goes away.
  await pool?.end();
}

export { Prisma } from "@/lib/generated/prisma/client";
export type * from "@/lib/generated/prisma/client";
