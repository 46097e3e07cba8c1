// GET /api/v1/audit?limit=&before= — who created, changed or deleted what, newest first; admin scope
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listAuditEntries } from "@/lib/auth";

export const GET = withApi(async (request) => json(await listAuditEntries(searchParamsObject(request))));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
