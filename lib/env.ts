import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Parsed lazily so that `next build`, which
// imports route modules without a database, does not need the runtime variables.

const GIB = 1024 ** 3;

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** pino's threshold; unset: info (warn under tests). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Which of the launcher's processes this is (web, worker), named in every JSON log line; set by the launcher. */
  ACCEL_PROCESS: z.string().optional(),
  /** Set by `npm start` (embedded Postgres) or by the operator (managed Postgres). */
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().default(".data"),
  ARTIFACT_DIR: z.string().optional(),
  /** Largest model upload accepted; VGG-16 fp32 is 553 MB, so the default leaves room. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2 * GIB),
  /** Folder holding catalog files by their zoo file names; read before any URL. */
  MODEL_MIRROR_DIR: z.string().optional(),
  /** An HTTP(S) server holding catalog files by their zoo file names; tried after the folder, before the public hosts. */
  MODEL_MIRROR_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Catalog ids pulled at start when a mirror is configured. */
  DEFAULT_MODELS: z.string().default("mobilenetv2-int8,squeezenet1.1-caffe2"),
  /** Largest image accepted for scoring. */
  MAX_IMAGE_BYTES: z.coerce.number().int().positive().default(32 * 1024 * 1024),
  /** Folder with imagenet-simple-labels.json; defaults to ../shared/data/labels. */
  LABELS_DIR: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * The address web (and, unless WORKER_HOST says otherwise, the worker) listens on.
   * Loopback by default: there is no authentication yet, so only this machine may call.
   */
  HOST: z.string().min(1).default("127.0.0.1"),
  /**
   * "local": no sign-in (only while every listener is on loopback); "token": every
   * /api/v1 route and studio page needs an API token or a signed-in session. The launcher
   * refuses to expose the studio beyond loopback without "token".
   */
  AUTH_MODE: z.enum(["local", "token"]).default("local"),
  /** The first admin credential of a token-mode install (at least 24 characters); replaced when it changes. */
  ACCEL_ADMIN_TOKEN: z.string().min(24, "ACCEL_ADMIN_TOKEN must be at least 24 characters").optional(),
  /** Signs studio session cookies; the launcher keeps one in DATA_DIR/auth-secret when unset. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * Session cookies marked Secure (sent over HTTPS only). Defaults to on when HOST is beyond
   * loopback — serve the studio behind TLS then — and off on loopback.
   */
  AUTH_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  /** As root: where Postgres binaries and data go when the `postgres` user cannot reach the clone. */
  EMBEDDED_PG_STAGE_DIR: z.string().default("/var/lib/accel-studio"),
  /** The worker's scoring host; defaults to HOST. */
  WORKER_HOST: z.string().min(1).optional(),
  WORKER_HTTP_PORT: z.coerce.number().int().nonnegative().default(8601),
  /** The worker's gRPC port (TF Serving PredictionService, Open Inference Protocol v2); 0 picks a free one. */
  WORKER_GRPC_PORT: z.coerce.number().int().nonnegative().default(8602),
  /**
   * A stable id for this node host (a StatefulSet pod's name): a restarted worker keeps its
   * nodes instead of leaving them to be adopted. Unset: a fresh id per process.
   */
  WORKER_ID: z.string().regex(/^[\w.-]{1,100}$/).optional(),
  /**
   * The cluster's scoring address (a Kubernetes Service or load balancer in front of every
   * node, e.g. http://accel-nodes:8601): services' scoringUri names it instead of one node,
   * since any node routes a service's requests. Unset: the URI of a node with a replica.
   */
  PUBLIC_SCORING_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The same for gRPC (host:port), for services' grpcAddress. */
  PUBLIC_GRPC_ADDRESS: z.string().regex(/^[\w.-]+:\d{1,5}$|^\[[\da-fA-F:]+\]:\d{1,5}$/).optional(),
  /** On SIGTERM, how long a worker keeps answering (forwarding to the nodes it handed over) before it closes, so a load balancer sees it leave first. */
  WORKER_DRAIN_SECONDS: z.coerce.number().nonnegative().default(5),
  /** PEM certificate and key files: with both set, gRPC is served over TLS, so service keys never travel in clear text. */
  GRPC_TLS_CERT_FILE: z.string().optional(),
  GRPC_TLS_KEY_FILE: z.string().optional(),
  /** Largest gRPC message a node accepts (gRPC answers RESOURCE_EXHAUSTED beyond it). */
  GRPC_MAX_RECEIVE_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** Threads per process for model work (parsing, later converting graphs) off the event loop. */
  MODEL_THREADS: z.coerce.number().int().positive().default(1),
  /** Threads running inference (each holds its own copy of every loaded model), off the event loop. */
  INFERENCE_THREADS: z.coerce.number().int().positive().default(1),
  /**
   * A worker whose heartbeat is older than this is dead: its jobs are released and its
   * nodes adopted. 15 s (three missed beats of 5 s) puts a single-replica service back
   * within 30 s of its worker dying (adoption, then FPGA_REFLASH_SECONDS); shorter would
   * risk taking the jobs of a worker that is only slow.
   */
  WORKER_STALE_SECONDS: z.coerce.number().int().positive().default(15),
  /** Seconds a catalog download may go without receiving a byte. */
  PULL_IDLE_TIMEOUT_SECONDS: z.coerce.number().positive().default(30),
  /** Attempts of a catalog download whose failures may pass; the job queue backs off e^n s between them. */
  PULL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(5),
  /** Folder of calibration images for conversions (with an optional expected.json); defaults to ../shared/data/images. */
  CALIBRATION_IMAGES_DIR: z.string().optional(),
  /** A conversion running longer ends as TimedOut. */
  CONVERSION_TIMEOUT_SECONDS: z.coerce.number().positive().default(600),
  /** An image build or deployment running longer ends as Failed. */
  PIPELINE_STEP_TIMEOUT_SECONDS: z.coerce.number().positive().default(300),
  /** Attempts of a pipeline job whose failures may pass (the database away, a worker stopping). */
  PIPELINE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(5),
  /** Simulated time to provision one compute (Azure took ~15 min; fast by default). */
  COMPUTE_PROVISION_SECONDS: z.coerce.number().nonnegative().default(2),
  /** Simulated time to reflash one FPGA with a new model; the node answers UNAVAILABLE meanwhile. */
  FPGA_REFLASH_SECONDS: z.coerce.number().nonnegative().default(1),
  /** The autoscaler waits this long after a change before adding replicas again… */
  AUTOSCALE_SCALE_UP_DELAY_SECONDS: z.coerce.number().nonnegative().default(30),
  /** …and this long before taking any away (Kubernetes' HPA default stabilisation). */
  AUTOSCALE_SCALE_DOWN_DELAY_SECONDS: z.coerce.number().nonnegative().default(300),
  /** "Standard PBS Family vCPUs" per region unless a region_quotas row says otherwise (6 per PB6 node). */
  PBS_QUOTA_VCPUS: z.coerce.number().int().nonnegative().default(24),
  /** Azure Resource Manager, where linked workspaces are reached (another cloud, or a test's stand-in). */
  AZURE_RESOURCE_MANAGER_URL: z.url({ protocol: /^https$/, message: "AZURE_RESOURCE_MANAGER_URL must be an https URL" }).default("https://management.azure.com"),
  /**
   * Where blob storage accounts of workspace datastores are reached, as a template of
   * {account}, {endpoint} (the datastore's storage suffix, core.windows.net in Azure's
   * public cloud) and {protocol}; set for a sovereign cloud's proxy, or Azurite in tests.
   */
  AZURE_STORAGE_BLOB_URL: z.string().default("{protocol}://{account}.blob.{endpoint}"),
  /** Attempts of an Azure import or publish whose failures may pass (the network); the job queue backs off e^n s between them. */
  AZURE_TRANSFER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(4),
  /**
   * The shared artifact store of a cluster: a blob container's URL
   * (https://<account>.blob.core.windows.net/<container>, or Azurite's), reached with this
   * machine's identity (DefaultAzureCredential) unless ARTIFACT_BLOB_CONNECTION_STRING is
   * set. It is then the source of truth and ARTIFACT_DIR each machine's cache; unset,
   * ARTIFACT_DIR alone is the store (lib/artifacts/blob-container.ts).
   */
  ARTIFACT_BLOB_URL: z.url({ protocol: /^https?$/, message: "ARTIFACT_BLOB_URL must be an http(s) URL of a blob container" }).optional(),
  /** A storage account's connection string (an account key or a SAS), used instead of the identity. */
  ARTIFACT_BLOB_CONNECTION_STRING: z.string().optional(),
  /** The container, with ARTIFACT_BLOB_CONNECTION_STRING; defaults to the last segment of ARTIFACT_BLOB_URL. */
  ARTIFACT_BLOB_CONTAINER: z.string().regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, "ARTIFACT_BLOB_CONTAINER must be a blob container name (3-63 of a-z, 0-9 and single hyphens)").optional(),
  /** Diagnostics: a folder where web and worker write V8 CPU profiles (--cpu-prof) when they stop. */
  CPU_PROFILE_DIR: z.string().optional(),
  /** Web reaches a worker on the same machine over its Unix socket (lib/workers/scoring-socket-path.ts); false keeps to TCP. */
  SCORING_UNIX_SOCKET: z.stringbool().default(true),
  /** Days of per-minute latency history kept per service (8: the studio's week is always whole). */
  LATENCY_HISTORY_DAYS: z.coerce.number().positive().default(8),
  /**
   * An OCI registry (https://myregistry.azurecr.io, http://127.0.0.1:5000) every built
   * image is pushed to, as Azure ML pushed FPGA images to the workspace's registry; nodes
   * pull a model missing locally from there. Unset: images stay in the artifact store only.
   */
  REGISTRY_URL: z.url({ protocol: /^https?$/, message: "REGISTRY_URL must be an http(s) URL" }).optional(),
  /** Basic credentials for the registry (sent on a Basic challenge, or to a Bearer challenge's token realm). */
  REGISTRY_USERNAME: z.string().min(1).optional(),
  REGISTRY_PASSWORD: z.string().min(1).optional(),
  /** Instead of a username and password: a bearer token sent to the registry as it is. */
  REGISTRY_TOKEN: z.string().min(1).optional(),
  /** Put before the image name in the repository name: `<prefix>/<image name>`. */
  REGISTRY_REPOSITORY_PREFIX: z
    .string()
    .regex(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/, "REGISTRY_REPOSITORY_PREFIX must be OCI repository path components (lowercase, '/'-separated)")
    .optional(),
}).refine((values) => (values.REGISTRY_USERNAME === undefined) === (values.REGISTRY_PASSWORD === undefined), {
  message: "REGISTRY_USERNAME and REGISTRY_PASSWORD go together",
  path: ["REGISTRY_PASSWORD"],
});

export type Env = z.infer<typeof envSchema> & { ARTIFACT_DIR: string; DATA_DIR: string; WORKER_HOST: string; CALIBRATION_IMAGES_DIR?: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty variable (FOO= in a shell or a .env) means "not set", as in most tools.
  const values = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.data.DATA_DIR);
  cached = {
    ...parsed.data,
    DATA_DIR: dataDir,
    WORKER_HOST: parsed.data.WORKER_HOST ?? parsed.data.HOST,
    ARTIFACT_DIR: path.resolve(/*turbopackIgnore: true*/ parsed.data.ARTIFACT_DIR ?? path.join(dataDir, "artifacts")),
    LABELS_DIR: parsed.data.LABELS_DIR ? path.resolve(/*turbopackIgnore: true*/ parsed.data.LABELS_DIR) : siblingSharedDir("labels"),
    MODEL_MIRROR_DIR: parsed.data.MODEL_MIRROR_DIR ? path.resolve(/*turbopackIgnore: true*/ parsed.data.MODEL_MIRROR_DIR) : siblingSharedDir("models"),
    CALIBRATION_IMAGES_DIR: parsed.data.CALIBRATION_IMAGES_DIR ? path.resolve(/*turbopackIgnore: true*/ parsed.data.CALIBRATION_IMAGES_DIR) : siblingSharedDir("images"),
  };
  return cached;
}

/**
 * A development checkout sits beside ../shared (its models and labels stay there, never
 * in the repository); use it when present and the operator named nothing else.
 */
function siblingSharedDir(name: "models" | "labels" | "images"): string | undefined {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "..", "shared", "data", name);
  return existsSync(dir) ? dir : undefined;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the studio with `npm start`, which provides one.");
  return url;
}

/** For launchers that learn a value at run time (the embedded database's URL). */
export function setEnv(values: Partial<Record<"DATABASE_URL" | "DATA_DIR" | "MODEL_MIRROR_DIR" | "MODEL_MIRROR_URL" | "MAX_UPLOAD_BYTES" | "MAX_IMAGE_BYTES" | "PULL_MAX_ATTEMPTS" | "WORKER_STALE_SECONDS" | "PBS_QUOTA_VCPUS" | "COMPUTE_PROVISION_SECONDS" | "FPGA_REFLASH_SECONDS" | "CONVERSION_TIMEOUT_SECONDS" | "GRPC_TLS_CERT_FILE" | "GRPC_TLS_KEY_FILE" | "GRPC_MAX_RECEIVE_BYTES" | "WORKER_GRPC_PORT" | "AUTH_MODE" | "ACCEL_ADMIN_TOKEN" | "HOST" | "AUTH_SECRET" | "AZURE_RESOURCE_MANAGER_URL" | "AZURE_STORAGE_BLOB_URL" | "AZURE_TRANSFER_MAX_ATTEMPTS" | "ARTIFACT_DIR" | "ARTIFACT_BLOB_URL" | "ARTIFACT_BLOB_CONNECTION_STRING" | "ARTIFACT_BLOB_CONTAINER" | "PIPELINE_MAX_ATTEMPTS" | "REGISTRY_URL" | "REGISTRY_USERNAME" | "REGISTRY_PASSWORD" | "REGISTRY_TOKEN" | "REGISTRY_REPOSITORY_PREFIX" | "PUBLIC_SCORING_URL" | "PUBLIC_GRPC_ADDRESS" | "WORKER_DRAIN_SECONDS" | "WORKER_ID" | "AUTOSCALE_SCALE_UP_DELAY_SECONDS" | "AUTOSCALE_SCALE_DOWN_DELAY_SECONDS", string | undefined>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  cached = undefined;
}
