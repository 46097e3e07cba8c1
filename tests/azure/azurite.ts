import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";
import { freePort } from "@/lib/net/free-port";

// Azurite, Microsoft's Azure Storage emulator, as the workspace's blob storage: HTTPS
// with the stand-in's certificate, and basic OAuth so identity-based datastores are read
// with a bearer token as in Azure. In memory; one per test file.

/** Azurite's well-known development account (its README). */
export const DEV_ACCOUNT = "devstoreaccount1";
export const DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export type Azurite = {
  /** https://127.0.0.1:PORT/devstoreaccount1 */
  accountUrl: string;
  port: number;
  service: BlobServiceClient;
  /** A read/list/write SAS for one container, as a datastore's secret holds one. */
  containerSas: (container: string) => string;
  stop: () => Promise<void>;
};

export async function startAzurite(tls: { key: string; cert: string }, options: { port?: number } = {}): Promise<Azurite> {
  const dir = await mkdtemp(path.join(tmpdir(), "azurite-"));
  await Promise.all([writeFile(path.join(dir, "key.pem"), tls.key), writeFile(path.join(dir, "cert.pem"), tls.cert)]);
  const port = options.port ?? (await freePort());
  const bin = path.resolve(import.meta.dirname, "../../node_modules/azurite/dist/src/blob/main.js");
  const child = spawn(process.execPath, [bin, "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--blobHost", "127.0.0.1", "--blobPort", String(port), "--cert", path.join(dir, "cert.pem"), "--key", path.join(dir, "key.pem"), "--oauth", "basic"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  // Azurite must not outlive whoever started it, even when that process ends by an error.
  const killChild = () => child.kill();
  process.once("exit", killChild);
  await listening(child);
  const accountUrl = `https://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  const key = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  return {
    accountUrl,
    port,
    service: new BlobServiceClient(accountUrl, key),
    containerSas: (container) => generateBlobSASQueryParameters({ containerName: container, permissions: ContainerSASPermissions.parse("racwl"), expiresOn: new Date(Date.now() + 3_600_000) }, key).toString(),
    stop: async () => {
      process.off("exit", killChild);
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("successfully listens")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`Azurite exited (${code}): ${output}`)));
  });
}
