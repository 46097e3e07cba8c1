// GET    /api/v1/images/{name}/versions/{v} — one image version with its build log
// DELETE /api/v1/images/{name}/versions/{v} — delete it and its archive; 409 while a service deploys it
import { json, rejectMethods, withApi } from "@/lib/api";
import { deleteImage, getImageOrThrow } from "@/lib/images";

type Params = { name: string; version: string };

export const GET = withApi<Params>(async (_request, { params }) => json(await getImageOrThrow(params)));

export const DELETE = withApi<Params>(async (_request, { params }) => json(await deleteImage(params)));

export const { POST, PUT, PATCH } = rejectMethods(["GET", "DELETE"]);
