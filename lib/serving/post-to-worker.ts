import http from "node:http";

// node:http with a keep-alive agent instead of fetch on this hop: the WHATWG layers of
// fetch cost a measurable share of a ~10 ms scoring request (BENCHMARKS.md).
/** The one keep-alive pool of web → worker connections (the fast path uses it too). */
export const workerAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export type WorkerReply = { status: number; contentType: string; body: Buffer };

/** POSTs a buffered body to a worker and buffers its (small, JSON) reply. */
export function postToWorker(url: URL, body: Uint8Array): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent: workerAgent, headers: { "content-type": "application/octet-stream", "content-length": body.byteLength } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("end", () =>
          resolve({ status: response.statusCode ?? 502, contentType: response.headers["content-type"] ?? "application/json", body: Buffer.concat(chunks) }),
        );
        response.once("error", reject);
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}
