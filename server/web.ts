// The web process: Next.js (studio pages and /api/v1 route handlers) behind a plain Node
// server whose one job of its own is the scoring fast path (lib/serving/web-listener.ts).
// Started and restarted by the launcher (server/studio.ts); `--dev` runs Next in development.
import http from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging";
import { createWebListener } from "@/lib/serving/web-listener";
import { startWebHeartbeat } from "@/lib/process/web-heartbeat";
import { exitOnLauncherLoss } from "./exit-on-launcher-loss";

const isDev = process.argv.includes("--dev");
const log = logger("web");
const { PORT, HOST } = env();
// Created before Next prepares (seconds), so that a stop meanwhile has something to close.
const server = http.createServer();
let heartbeat: ReturnType<typeof startWebHeartbeat> | undefined;
const stop = () => {
  if (!server.listening) process.exit(0);
  const unregistered = heartbeat?.stop() ?? Promise.resolve();
  server.close(() => void unregistered.finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
exitOnLauncherLoss(stop);

const app = next({ dev: isDev, dir: process.cwd(), hostname: HOST, port: PORT });
const handleNext = app.getRequestHandler();
await app.prepare();

server.on("request", createWebListener({ handleNext: (request, response) => void handleNext(request, response) }));
server.keepAliveTimeout = 65_000;
server.once("error", (error) => {
  log.fatal(`could not listen on ${HOST}:${PORT}: ${error.message}`);
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  log.info(`ready on http://${HOST}:${PORT}${isDev ? " (development)" : ""}`);
  heartbeat = startWebHeartbeat({ url: `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}` });
});
