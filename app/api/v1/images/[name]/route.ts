// GET /api/v1/images/{name} — the versions of one image, newest first
import { json, rejectMethods, withApi } from "@/lib/api";
import { listImages } from "@/lib/images";

export const GET = withApi<{ name: string }>(async (_request, { params }) => json(await listImages(params)));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
