import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { AZURE_E2E, azureStudioEnv } from "./e2e/azure-e2e";
import { E2E_ADMIN_TOKEN, E2E_AUTH_SECRET, TOKEN_PG_PORT, TOKEN_PORT, TOKEN_WEB2_PORT } from "./e2e/token-studio";

const root = path.dirname(fileURLToPath(import.meta.url));
const isCI = Boolean(process.env.CI);

// A fresh database and artifact store per run. The config is evaluated again in each
// test worker, which inherits process.env, so the first evaluation's choice sticks.
process.env.E2E_DATA_DIR ??= path.join(".test-data", `e2e-${Date.now()}-${process.pid}`);

const PORT = 3100;
// The stand-ins' certificate, written before the studios start (webServers start in order).
const AZURE_CA = path.resolve(root, `${process.env.E2E_DATA_DIR}-azure`, "ca.pem");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : "list",
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        // Debian's Chromium: Playwright cannot download its own browser here.
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [
    // Azure for the workspace-link spec: the management stand-in and Azurite (e2e/azure-stand-ins.ts).
    {
      command: `node --import tsx e2e/azure-stand-ins.ts ${AZURE_CA}`,
      cwd: root,
      url: `http://127.0.0.1:${AZURE_E2E.inspectPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    },
    // The studio as `npm start` runs it, with no sign-in (AUTH_MODE=local).
    studio({ port: PORT, pgPort: 54339, workerPort: 8701, dataDir: process.env.E2E_DATA_DIR!, env: { MODEL_MIRROR_DIR: path.resolve(root, "..", "shared", "data", "models"), ...azureStudioEnv(AZURE_CA) } }),
    // A second one with sign-in on, for the sign-in and CLI tests. Its health route
    // answers 401 without a token, which Playwright counts as up.
    studio({ port: TOKEN_PORT, pgPort: TOKEN_PG_PORT, workerPort: 8711, dataDir: `${process.env.E2E_DATA_DIR}-token`, env: { AUTH_MODE: "token", ACCEL_ADMIN_TOKEN: E2E_ADMIN_TOKEN, AUTH_SECRET: E2E_AUTH_SECRET } }),
    // A second web process of the token studio, started by hand as a cluster's pod is
    // (its own port, the same database and secret), for e2e/stateless-web.spec.ts. The
    // studio above has built dist/server by the time this starts (webServers start in order).
    {
      command: "node dist/server/web.mjs",
      cwd: root,
      url: `http://127.0.0.1:${TOKEN_WEB2_PORT}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      env: {
        NODE_ENV: "production",
        ACCEL_PROCESS: "web",
        PORT: String(TOKEN_WEB2_PORT),
        DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${TOKEN_PG_PORT}/accel`,
        DATA_DIR: `${process.env.E2E_DATA_DIR}-token`,
        AUTH_MODE: "token",
        AUTH_SECRET: E2E_AUTH_SECRET,
      },
    },
  ],
});

/** The studio launcher (embedded Postgres, migrations, `next start` and the worker) on ports of its own. */
function studio(options: { port: number; pgPort: number; workerPort: number; dataDir: string; env: Record<string, string> }) {
  return {
    command: "node scripts/start.mjs",
    cwd: root,
    url: `http://127.0.0.1:${options.port}/api/v1/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // The launcher stops web, worker and Postgres on SIGTERM; a SIGKILL would orphan them.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      WORKER_HTTP_PORT: String(options.workerPort),
      WORKER_GRPC_PORT: String(options.workerPort + 1),
      DATA_DIR: options.dataDir,
      DEFAULT_MODELS: "",
      ...options.env,
    },
  };
}
