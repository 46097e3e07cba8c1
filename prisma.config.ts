import { defineConfig } from "prisma/config";

// Only the CLI reads this (generate, and migrate on connected machines); the app
// connects through lib/db.ts with @prisma/adapter-pg.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/accel" },
});
