import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { E2E_ADMIN_TOKEN, TOKEN_PORT } from "./e2e/token-studio";

const root = path.dirname(fileURLToPath(import.meta.url));
const isCI = Boolean(process.env.CI);

// A fresh database and artifact store per run. The config is evaluated again in each
// test worker, which inherits process.env, so the first evaluation's choice sticks.
process.env.E2E_DATA_DIR ??= path.join(".test-data", `e2e-${Date.now()}-${process.pid}`);

const PORT = 3100;

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
    {
      // The studio launcher: embedded Postgres, migrations, `next start` and the worker.
      command: "node scripts/start.mjs",
      cwd: root,
      url: `http://127.0.0.1:${PORT}/api/v1/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      // The launcher stops web, worker and Postgres on SIGTERM; a SIGKILL would orphan them.
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        EMBEDDED_PG_PORT: "54339",
        WORKER_HTTP_PORT: "8701",
        WORKER_GRPC_PORT: "8702",
        DATA_DIR: process.env.E2E_DATA_DIR,
        MODEL_MIRROR_DIR: path.resolve(root, "..", "shared", "data", "models"),
        DEFAULT_MODELS: "",
      },
    },
    {
      // A second studio with sign-in on (AUTH_MODE=token), for e2e/sign-in.spec.ts. Its
      // health route answers 401 without a token, which Playwright counts as up.
      command: "node scripts/start.mjs",
      cwd: root,
      url: `http://127.0.0.1:${TOKEN_PORT}/api/v1/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(TOKEN_PORT),
        EMBEDDED_PG_PORT: "54340",
        WORKER_HTTP_PORT: "8711",
        WORKER_GRPC_PORT: "8712",
        DATA_DIR: `${process.env.E2E_DATA_DIR}-token`,
        AUTH_MODE: "token",
        ACCEL_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
        DEFAULT_MODELS: "",
      },
    },
  ],
});
