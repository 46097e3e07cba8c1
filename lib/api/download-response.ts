import { openModelFile } from "@/lib/models";

/** Streams a model file with the headers a download client (curl -OJ, browsers) expects. */
export async function modelDownloadResponse(request: Request, ref: { name: string; version?: string }): Promise<Response> {
  const { model, sizeBytes, stream } = await openModelFile(ref);
  const etag = `"sha256:${model.digest}"`;
  const headers = {
    "content-type": "application/octet-stream",
    "content-length": String(sizeBytes),
    "content-disposition": `attachment; filename="${model.name}-${model.version}.onnx"`,
    etag,
    digest: `sha-256=${Buffer.from(model.digest, "hex").toString("base64")}`,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
  return new Response(request.method === "HEAD" ? null : stream(), { status: 200, headers });
}
