// POST /api/v1/conversions/{id}/cancel — stop a queued or running conversion
import { json, rejectMethods, withApi } from "@/lib/api";
import { cancelConversion } from "@/lib/conversions";

export const POST = withApi<{ id: string }>(async (_request, { params }) => json(await cancelConversion(params)));

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
