// GET    /api/v1/services/{name} — state, scoring URI, replicas, simulated latency and log
// DELETE /api/v1/services/{name} — free its FPGAs and remove it (202)
import { json, rejectMethods, withApi } from "@/lib/api";
import { deleteService, getServiceOrThrow } from "@/lib/services";

type Params = { name: string };

export const GET = withApi<Params>(async (_request, { params }) => json(await getServiceOrThrow(params)));

export const DELETE = withApi<Params>(async (_request, { params }) => json(await deleteService(params), { status: 202 }));

export const { POST, PUT, PATCH } = rejectMethods(["GET", "DELETE"]);
