// GET    /api/v1/computes/{name} — state, nodes, errors and log
// DELETE /api/v1/computes/{name} — release its nodes (202); 409 while services run on it
import { json, rejectMethods, withApi } from "@/lib/api";
import { deleteCompute, getComputeOrThrow } from "@/lib/computes";

type Params = { name: string };

export const GET = withApi<Params>(async (_request, { params }) => json(await getComputeOrThrow(params)));

export const DELETE = withApi<Params>(async (_request, { params }) => json(await deleteCompute(params), { status: 202 }));

export const { POST, PUT, PATCH } = rejectMethods(["GET", "DELETE"]);
