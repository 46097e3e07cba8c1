// GET /api/v1/models/{name}/versions/{v}/download — the ONNX file as registered
import { modelDownloadResponse, withApi } from "@/lib/api";

export const GET = withApi<{ name: string; version: string }>(async (request, { params }) => modelDownloadResponse(request, params));
export const HEAD = GET;
