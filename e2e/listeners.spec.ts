import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

// Without HOST, nothing the launcher starts listens beyond loopback: web, the worker's
// scoring host and the embedded Postgres (ports from playwright.config.ts). Read from the
// kernel's own table of sockets, so it holds whatever the code believes.
const PORTS = { web: 3100, worker: 8701, postgres: 54339 };
const LISTEN = "0A";

/** Local addresses listening on `port`, as "a.b.c.d" (IPv4) or the raw hex (IPv6). */
async function listeners(port: number): Promise<string[]> {
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1);
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== LISTEN) continue;
      const [hex, portHex] = local.split(":");
      if (parseInt(portHex, 16) !== port) continue;
      // IPv4 in /proc/net/tcp is little-endian hex: 0100007F is 127.0.0.1.
      addresses.push(hex.length === 8 ? hex.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join(".") : hex);
    }
  }
  return addresses;
}

test("web, worker and Postgres listen on loopback only", async ({ request }) => {
  expect((await request.get("/api/v1/health")).status()).toBe(200);
  for (const [name, port] of Object.entries(PORTS)) {
    const addresses = await listeners(port);
    expect(addresses, `${name} on port ${port}`).not.toHaveLength(0);
    for (const address of addresses) expect(address, `${name} on port ${port}`).toMatch(/^127\./);
  }
});
