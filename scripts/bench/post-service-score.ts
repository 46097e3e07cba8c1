import http from "node:http";

// As post-image.ts (node:http with keep-alive: the load generator should cost the two
// cores as little as it can), but it reads the answer's `service.node`: with several
// workers the bench must know which node served each request, to tell a request served
// where it arrived from one forwarded to another worker (lib/services/forward-to-replica.ts).
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** POSTs an image to a service's scoring URI; resolves to the node that served it, rejects on anything but 200. */
export function postServiceScore(url: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/octet-stream", "content-length": body.length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.once("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}: ${text.slice(0, 300)}`));
        try {
          resolve(String(JSON.parse(text).service.node));
        } catch (error) {
          reject(new Error(`${url} answered 200 without service.node: ${error instanceof Error ? error.message : error}`));
        }
      });
    });
    request.once("error", reject);
    request.end(body);
  });
}
