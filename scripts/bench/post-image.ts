import http from "node:http";

// The load generator is not the system under test: node:http with keep-alive costs less
// CPU per request than fetch, and on two cores that CPU is taken from the server.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** POSTs an image (or, without a body, GETs the URL) and fails on anything but 200. */
export function postImage(url: string, body?: Buffer, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const options = body
      ? { method: "POST", agent, headers: { "content-type": "application/octet-stream", "content-length": body.length, ...headers } }
      : { method: "GET", agent, headers };
    const request = http.request(url, options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.once("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(`${url} answered ${response.statusCode}: ${Buffer.concat(chunks)}`))));
    });
    request.once("error", reject);
    request.end(body);
  });
}
