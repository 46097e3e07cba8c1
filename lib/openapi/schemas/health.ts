import { z } from "zod";
import { isoTimestamp } from "./common";

// GET /api/v1/health → 200 healthSchema, or 503 with the same body when `status` is
// "down" (lib/health/get-health.ts). getHealth types each check as
// `{ status; [detail: string]: unknown }`; these schemas give the details it writes.
// While the database is down the other checks are `{ "status": "down" }` alone,
// hence the unions.

const downOnlySchema = z.object({ status: z.literal("down") }).describe("Not checked: the database is down.");

export const databaseCheckSchema = z.union([
  z.object({
    status: z.literal("ok"),
    latencyMs: z.number().describe("Round trip of a trivial query."),
    version: z.string().describe("The Postgres server version."),
  }),
  z.object({ status: z.literal("down"), error: z.string().describe("The first line of the connection error.") }),
]);

export const migrationsCheckSchema = z.union([
  z.object({
    status: z.enum(["ok", "down"]).describe("down while any migration is pending."),
    applied: z.int(),
    pending: z.array(z.string()).describe("Migration names not yet applied."),
    latest: z.string().nullable().describe("The newest migration this build ships."),
  }),
  downOnlySchema,
]);

export const healthWorkerSchema = z.object({
  id: z.string(),
  hostname: z.string(),
  pid: z.int(),
  isLive: z.boolean().describe("Its heartbeat is recent and, if it hosts scoring, its host answers."),
  heartbeatAt: isoTimestamp(),
  isScoring: z.boolean().describe("It hosts a scoring endpoint."),
});

export const workersCheckSchema = z.union([
  z.object({
    status: z.enum(["ok", "down"]).describe("down when no live worker hosts scoring."),
    live: z.int().describe("Live workers that host scoring."),
    nodes: z.array(healthWorkerSchema),
  }),
  downOnlySchema,
]);

export const healthWebProcessSchema = z.object({
  id: z.string(),
  hostname: z.string(),
  pid: z.int(),
  url: z.string().describe("Where it listens, as configured."),
  isLive: z.boolean().describe("Its heartbeat (every 10 s) is recent."),
  heartbeatAt: isoTimestamp(),
  startedAt: isoTimestamp(),
});

export const webCheckSchema = z.union([
  z.object({
    status: z.literal("ok").describe("The process answering is one; the list is for the operator."),
    live: z.int().describe("Web processes with a recent heartbeat."),
    processes: z.array(healthWebProcessSchema),
  }),
  downOnlySchema,
]);

export const jobsCheckSchema = z.union([
  z.object({
    status: z.literal("ok"),
    queued: z.int(),
    running: z.int(),
    failed: z.int().describe("Jobs that used up their attempts."),
  }),
  downOnlySchema,
]);

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded", "down"]).describe("down when the database is; degraded when another check is down."),
  checks: z.object({
    database: databaseCheckSchema,
    migrations: migrationsCheckSchema,
    workers: workersCheckSchema,
    web: webCheckSchema,
    jobs: jobsCheckSchema,
  }),
  time: isoTimestamp(),
});
