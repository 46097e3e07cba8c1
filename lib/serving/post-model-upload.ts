import type http from "node:http";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { env } from "@/lib/env";
import { receiveModelUpload, registerModel, registerModelFieldsSchema } from "@/lib/models";
import { nodeRequestInfo } from "@/lib/api/node-request-info";

// POST /api/v1/models — register a new version from a multipart upload, on web's node
// server: the body goes straight from the socket to a model thread, without Next turning
// it into web streams first (about half a second of CPU per 100 MB, BENCHMARKS.md).

export async function postModelUpload(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  await serveApiRequest({
    request: nodeRequestInfo(request, url.pathname, "api"),
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const declared = request.headers["content-length"];
      const { fields, staged, fileName, framework, inspection } = await receiveModelUpload({
        body: request,
        contentType: request.headers["content-type"] ?? "",
        contentLength: declared === undefined ? undefined : Number(declared),
        maxBytes: env().MAX_UPLOAD_BYTES,
      });
      const parsed = registerModelFieldsSchema.safeParse(fields);
      if (!parsed.success) {
        await staged.discard();
        throw parsed.error;
      }
      const model = await registerModel({ staged, fileName, framework, inspection, ...parsed.data });
      const text = JSON.stringify(model);
      response
        .writeHead(201, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), location: model.links.self, "x-request-id": requestId })
        .end(text);
      return 201;
    },
  });
}
