// GET  /api/v1/tokens — API tokens (never their secrets); admin scope
// POST /api/v1/tokens — make one: its secret is in this answer and nowhere else (201)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { createApiToken, listApiTokens } from "@/lib/auth";

export const GET = withApi(async () => json(await listApiTokens()));

export const POST = withApi(async (request, { principal }) => {
  const created = await createApiToken(await readJson(request), principal);
  return json({ ...created.token, secret: created.secret }, { status: 201, headers: { location: `/api/v1/tokens/${created.token.id}` } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
