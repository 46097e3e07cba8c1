# syntax=docker/dockerfile:1
# Accel Studio's one image for both processes of a cluster (deploy/kubernetes): web runs
# `node dist/server/web.mjs`, a worker `node dist/server/worker.mjs`, and an init
# container `node dist/server/prepare-database.mjs` (migrations and the first admin
# token, which `npm start`'s launcher does on one machine). `npm start` itself is the
# one-machine launcher with an embedded Postgres: it has no place in this image.
#
#   docker build -t accel-studio .
#   docker run -e DATABASE_URL=… accel-studio                        # web
#   docker run -e DATABASE_URL=… -e ACCEL_PROCESS=worker accel-studio node dist/server/worker.mjs
#
# ACCEL_PROCESS names the process in every log line and tells the HEALTHCHECK which one to ask.

# The same Node line as development (package.json engines: >=20.19), on Debian slim:
# onnxruntime-node's and sharp's prebuilt binaries need glibc, which Alpine lacks.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# onnxruntime-node's install script would download CUDA add-ons from a host other than
# the npm registry; its CPU binaries ship in the package (.npmrc says the same to npm).
ENV ONNXRUNTIME_NODE_INSTALL=skip \
    NEXT_TELEMETRY_DISABLED=1
# The npm that wrote package-lock.json, which also honours package.json's allowScripts
# (the install scripts of @prisma/engines and prisma stay off, as in development).
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund npm@${NPM_VERSION}
# Dependencies first, so that a source change does not reinstall them. npm ci runs the
# postinstall, `prisma generate` into lib/generated (scripts/prisma-generate.mjs points
# the CLI at node for the schema engine, so it needs no download).
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY scripts/prisma-generate.mjs ./scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
# `npm run build` is `next build` (.next/) and scripts/build-server.mjs (dist/server/:
# web, worker, model-thread, inference-thread). The init container's program is compiled
# the same way. Then the dev dependencies go (scripts off: prune must not run
# postinstall, whose prisma CLI is a dev dependency), and Next's build cache.
RUN npm run build \
 && npx esbuild deploy/docker/prepare-database-main.ts --bundle --packages=external --platform=node --format=esm --target=node20 --tsconfig=tsconfig.json --sourcemap=linked --log-level=warning --outfile=dist/server/prepare-database.mjs \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# MALLOC_ARENA_MAX and the initial old space are what the launcher gives web and worker
# (server/studio.ts and BENCHMARKS.md say why); DATA_DIR holds the artifact cache and
# upload staging, the one place besides /tmp that the processes write.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    MALLOC_ARENA_MAX=2 \
    DATA_DIR=/data
# Only what production reads: production node_modules (onnxruntime-node and sharp with
# their native binaries; the Prisma client generated into lib/generated is compiled into
# .next and dist/server), Next's build, the compiled server, static files, the migration
# SQL (lib/db/migrations.ts reads it from the working directory) and the gRPC protos
# (loaded at run time from lib/serving/protos). Owned by root: the app cannot rewrite itself.
COPY --from=build /app/package.json /app/next.config.js ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/public ./public
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/lib/serving/protos ./lib/serving/protos
COPY --from=build /app/deploy/docker/healthcheck.mjs ./deploy/docker/healthcheck.mjs
RUN mkdir -p /data /app/.next/cache && chown 1000:1000 /data /app/.next/cache
# The base image's `node` user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000 8601 8602
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "deploy/docker/healthcheck.mjs"]
CMD ["node", "--initial-old-space-size=128", "dist/server/web.mjs"]
