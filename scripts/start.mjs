// `npm start` (and `npm run dev`): the one command that installs what is missing, builds
// when the sources changed, and runs the studio (embedded Postgres + web + worker). Plain
// Node on purpose: it runs before any dependency is installed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isDev = process.argv.includes("--dev");
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.error) console.error(`[start] could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const installed = path.join(root, "node_modules", ".package-lock.json");
if (!existsSync(installed) || statSync(path.join(root, "package-lock.json")).mtimeMs > statSync(installed).mtimeMs) {
  console.log("[start] installing dependencies (npm ci)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
}
if (!existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) run(process.execPath, ["scripts/prisma-generate.mjs"]);

const shared = ["lib", "package-lock.json"];
if (!isDev && isStale(path.join(root, ".next", "BUILD_ID"), [...shared, "app", "components", "public", "next.config.js", "postcss.config.mjs"])) {
  console.log("[start] building the studio (next build)…");
  run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
}
const launcher = path.join(root, "dist", "server", "studio.mjs");
if (!isDev && isStale(launcher, [...shared, "server", "worker", "scripts/build-server.mjs"])) {
  console.log("[start] compiling the server (dist/server)…");
  run(process.execPath, ["scripts/build-server.mjs"]);
}

try {
  // Same process from here on, so Ctrl-C and SIGTERM reach the launcher's handlers.
  if (isDev) (await import("tsx/esm/api")).register();
  const { runStudio } = await import(isDev ? "../server/studio.ts" : pathToFileURL(launcher).href);
  await runStudio({ root, isDev });
} catch (error) {
  // One line for the operator; a stack helps nobody who only wanted the studio to start.
  console.error(`[start] the studio could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
}

function isStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((entry) => newestMtime(path.join(root, entry)) > built);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(target)) {
    if (name === "generated" || name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, name)));
  }
  return newest;
}
