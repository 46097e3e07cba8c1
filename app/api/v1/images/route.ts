// GET  /api/v1/images — every image version
// POST /api/v1/images — build an FPGA image of one converted model (202)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { listImages, requestImageBuild } from "@/lib/images";

export const GET = withApi(async () => json(await listImages()));

export const POST = withApi(async (request) => {
  const image = await requestImageBuild(await readJson(request));
  return json(image, { status: 202, headers: { location: image.links.self } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
