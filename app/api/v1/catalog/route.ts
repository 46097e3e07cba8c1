// GET /api/v1/catalog — the built-in models, with what is registered and the last pull
import { json, rejectMethods, withApi } from "@/lib/api";
import { listCatalog } from "@/lib/pulls";

export const dynamic = "force-dynamic";

export const GET = withApi(async () => json(await listCatalog()));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
