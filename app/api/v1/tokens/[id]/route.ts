// DELETE /api/v1/tokens/{id} — revoke a token at once; it stays listed as revoked
import { json, rejectMethods, withApi } from "@/lib/api";
import { revokeApiToken } from "@/lib/auth";

export const DELETE = withApi<{ id: string }>(async (_request, { params }) => json(await revokeApiToken(params.id)));

export const { GET, POST, PUT, PATCH } = rejectMethods(["DELETE"]);
