// The web process: Next.js (studio pages and /api/v1 route handlers) behind a plain
// Node server whose only job of its own is the scoring fast path (lib/serving/proxy-score).
// Started by the launcher as `node --import tsx scripts/web-server.ts [--dev]`.
import http from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { isRawScoreRequest, proxyScore } from "@/lib/serving/proxy-score";

const isDev = process.argv.includes("--dev");
const { PORT } = env();
const app = next({ dev: isDev, dir: process.cwd(), port: PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  if (isRawScoreRequest(request)) void proxyScore(request, response);
  else void handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.listen(PORT, () => console.log(`ready on http://localhost:${PORT}${isDev ? " (development)" : ""}`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
