// GET /api/v1/conversions/{id} — state, progress, log and report of one conversion
import { json, rejectMethods, withApi } from "@/lib/api";
import { getConversionOrThrow } from "@/lib/conversions";

export const GET = withApi<{ id: string }>(async (_request, { params }) => json(await getConversionOrThrow(params)));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
