// `npm run build` (after `next build`): compiles the server entry points in server/ — the
// launcher, web, worker and the model-work thread — to dist/server/*.mjs, so that
// production runs plain JavaScript rather than TypeScript through tsx. Packages stay in
// node_modules (native addons, Next itself); only our own code is bundled.
import { build } from "esbuild";

await build({
  entryPoints: {
    studio: "server/studio.ts",
    web: "server/web.ts",
    worker: "server/worker.ts",
    "model-thread": "lib/threads/model-thread.ts",
    "inference-thread": "lib/threads/inference-thread.ts",
  },
  outdir: "dist/server",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
console.log("built dist/server (studio, web, worker, model-thread, inference-thread)");
