// `npm start`: the one command that installs what is missing, builds when the sources
// changed, and runs the studio (embedded Postgres + web + worker). Plain Node on
// purpose: it runs before any dependency is installed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isDev = process.argv.includes("--dev");
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const installed = path.join(root, "node_modules", ".package-lock.json");
if (!existsSync(installed) || statSync(path.join(root, "package-lock.json")).mtimeMs > statSync(installed).mtimeMs) {
  console.log("[start] installing dependencies (npm ci)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
}
if (!existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) run(process.execPath, ["scripts/prisma-generate.mjs"]);

if (!isDev && isBuildStale()) {
  console.log("[start] building the studio (next build)…");
  run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
}

// Same process from here on, so Ctrl-C and SIGTERM reach the launcher's handlers.
const { register } = await import("tsx/esm/api");
register();
const { runStudio } = await import("./run-studio.ts");
await runStudio({ root, isDev });

function isBuildStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "postcss.config.mjs"];
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
