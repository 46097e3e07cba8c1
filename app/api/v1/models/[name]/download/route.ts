// GET /api/v1/models/{name}/download — the latest version's ONNX file
import { modelDownloadResponse, withApi } from "@/lib/api";

export const GET = withApi<{ name: string }>(async (request, { params }) => modelDownloadResponse(request, params));
export const HEAD = GET;
