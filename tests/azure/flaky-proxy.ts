import net from "node:net";
import type { AddressInfo } from "node:net";

// A TCP proxy in front of Azurite that can drop connections part-way, as a network does:
// `cutResponsesAfter` ends a connection once that many bytes came back (a download
// breaking off), `cutRequestsAfter` once that many went out (an upload breaking off).
// Each cut counts down `cuts`; at 0 the proxy passes everything. TLS passes through.
// `bytesDown` counts every byte that came back, so a test can tell a download happened.

export type FlakyProxy = { port: number; plan: { cuts: number; cutResponsesAfter?: number; cutRequestsAfter?: number }; cutCount: number; bytesDown: number; close: () => Promise<void> };

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const sockets = new Set<net.Socket>();
  const proxy: FlakyProxy = { port: 0, plan: { cuts: 0 }, cutCount: 0, bytesDown: 0, close: async () => undefined };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    let sent = 0;
    let received = 0;
    const cut = () => {
      if (client.destroyed) return;
      proxy.plan.cuts--;
      proxy.cutCount++;
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      sent += chunk.length;
      const limit = proxy.plan.cuts > 0 ? proxy.plan.cutRequestsAfter : undefined;
      if (limit !== undefined && sent > limit) return cut();
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      received += chunk.length;
      proxy.bytesDown += chunk.length;
      const limit = proxy.plan.cuts > 0 ? proxy.plan.cutResponsesAfter : undefined;
      if (limit !== undefined && received > limit) {
        client.write(chunk.subarray(0, Math.max(0, chunk.length - (received - limit))));
        return cut();
      }
      client.write(chunk);
    });
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      a.on("end", () => b.end());
      a.on("error", () => b.destroy());
      a.on("close", () => {
        sockets.delete(a);
        b.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.close = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
