// GET  /api/v1/models — list model versions (filter by name, tag, framework; paginated)
// POST /api/v1/models — register a new version from a multipart upload
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { env } from "@/lib/env";
import { listModels, listModelsQuerySchema, parseModelUpload, registerModel, registerModelFieldsSchema } from "@/lib/models";

export const GET = withApi(async (request) => {
  const query = listModelsQuerySchema.parse(searchParamsObject(request));
  return json(await listModels(query));
});

export const POST = withApi(async (request) => {
  const { fields, staged, fileName } = await parseModelUpload({ request, maxBytes: env().MAX_UPLOAD_BYTES });
  const parsed = registerModelFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    await staged.discard();
    throw parsed.error;
  }
  const model = await registerModel({ staged, fileName, ...parsed.data });
  return json(model, { status: 201, headers: { location: model.links.self } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
