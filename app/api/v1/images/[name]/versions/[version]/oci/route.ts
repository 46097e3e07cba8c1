// GET /api/v1/images/{name}/versions/{v}/oci — the image as an OCI archive (skopeo: oci-archive:<file>)
import { rejectMethods, withApi } from "@/lib/api";
import { openImageArchive } from "@/lib/images";

export const GET = withApi<{ name: string; version: string }>(async (request, { params }) => {
  const { image, sizeBytes, stream } = await openImageArchive(params);
  const etag = `"sha256:${image.archiveDigest}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
  return new Response(stream(), {
    headers: {
      "content-type": "application/x-tar",
      "content-length": String(sizeBytes),
      "content-disposition": `attachment; filename="${image.name}-${image.version}.oci.tar"`,
      etag,
      "docker-content-digest": `sha256:${image.digest}`,
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
