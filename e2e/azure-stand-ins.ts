import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { generate } from "selfsigned";
import { startAzurite } from "../tests/azure/azurite";
import { seedWorkspace } from "../tests/azure/seed-workspace";
import { startAzureStandIn } from "../tests/azure/stand-in";
import { AZURE_E2E } from "./azure-e2e";

// The Azure side of the e2e studio (playwright.config.ts starts it before the studios):
// the management stand-in and Azurite, seeded as the vitest files seed them, on fixed
// ports, with a certificate the studio trusts through NODE_EXTRA_CA_CERTS. A plain-http
// inspection port lets a spec read what the workspace now holds.

async function main(caFile: string) {
  const keyFile = caFile.replace(/\.pem$/, "-key.pem");
  // The seeding below is a client of Azurite's HTTPS too, and Node reads NODE_EXTRA_CA_CERTS
  // only when a process starts: make the certificate, then run again trusting it.
  if (process.env.NODE_EXTRA_CA_CERTS !== caFile) {
    const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], { notAfterDate: new Date(Date.now() + 2 * 86_400_000), keySize: 2048, extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }] });
    await mkdir(path.dirname(caFile), { recursive: true });
    await Promise.all([writeFile(caFile, pems.cert), writeFile(keyFile, pems.private)]);
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile } });
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => child.kill(signal));
    child.once("exit", (code) => process.exit(code ?? 0));
    return;
  }
  const tls = { key: await readFile(keyFile, "utf8"), cert: await readFile(caFile, "utf8") };
  const [standIn, azurite] = await Promise.all([startAzureStandIn({ ...tls, port: AZURE_E2E.standInPort }), startAzurite(tls, { port: AZURE_E2E.azuritePort })]);
  await seedWorkspace(standIn, azurite);
  const inspect = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ models: Object.fromEntries(standIn.state.models) }));
  });
  await new Promise<void>((resolve) => inspect.listen(AZURE_E2E.inspectPort, "127.0.0.1", resolve));
  const stop = async () => {
    inspect.close();
    await Promise.all([standIn.close(), azurite.stop()]);
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

await main(process.argv[2] ?? path.resolve(".test-data", "azure-ca.pem"));
