import http2 from "node:http2";

// The load generator's gRPC client: unary calls written straight on node:http2 (a gRPC
// call is an HTTP/2 POST of one length-prefixed message, answered with grpc-status in the
// trailers; PROTOCOLS.md), each image's framed request built once. grpc-js as the client
// cost 2.5–2.8 ms of CPU per 200 KB call on these two cores, taken from the server it
// measured; as ghz or perf_analyzer are to Triton, the load generator here is not the
// system under test — the server is grpc-js, and the tests call it with grpc-js clients.

export function grpcLoadClient(address: string) {
  const session = http2.connect(`http://${address}`);
  const framedByPath = new Map<string, WeakMap<Buffer, Buffer>>();
  const call = (path: string, image: Buffer, encode: () => Buffer, metadata: Record<string, string>) => {
    const framed = framedByPath.get(path) ?? new WeakMap<Buffer, Buffer>();
    framedByPath.set(path, framed);
    let body = framed.get(image);
    if (!body) {
      const message = encode();
      body = Buffer.alloc(5 + message.length);
      body.writeUInt32BE(message.length, 1); // byte 0: not compressed
      message.copy(body, 5);
      framed.set(image, body);
    }
    return new Promise<void>((resolve, reject) => {
      const stream = session.request({ ":method": "POST", ":path": path, "content-type": "application/grpc", te: "trailers", ...metadata });
      let status: string | undefined;
      let detail = "";
      const read = (headers: http2.IncomingHttpHeaders) => {
        if (headers["grpc-status"] !== undefined) [status, detail] = [String(headers["grpc-status"]), decodeURIComponent(String(headers["grpc-message"] ?? ""))];
      };
      stream.on("response", read);
      stream.on("trailers", read);
      stream.on("data", () => undefined); // the reply is read, not decoded
      stream.once("error", reject);
      stream.once("close", () => (status === "0" ? resolve() : reject(new Error(`${path} answered grpc-status ${status}: ${detail}`))));
      stream.end(body);
    });
  };
  return { call, close: () => session.close() };
}
