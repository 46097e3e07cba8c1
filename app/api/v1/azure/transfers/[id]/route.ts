// GET /api/v1/azure/transfers/{id} — one import or publish: progress, state and log
import { json, rejectMethods, withApi } from "@/lib/api";
import { getTransfer } from "@/lib/azure";

export const GET = withApi<{ id: string }>(async (_request, { params }) => json(await getTransfer(params.id)));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
