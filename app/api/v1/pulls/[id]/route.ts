// GET /api/v1/pulls/{id} — progress, state and log of a catalog download
import { json, rejectMethods, withApi } from "@/lib/api";
import { getModelPullOrThrow } from "@/lib/pulls";

export const GET = withApi<{ id: string }>(async (_request, { params }) => json(await getModelPullOrThrow(params)));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
