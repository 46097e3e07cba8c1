// GET /api/v1/health — database, migrations, workers and job queue status
import { json, rejectMethods, withApi } from "@/lib/api";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

export const GET = withApi(async () => {
  const health = await getHealth();
  return json(health, { status: health.status === "down" ? 503 : 200 });
});

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
