import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { freePort } from "@/lib/net/free-port";

// Debian's docker-registry (CNCF distribution 2.8) for tests: a real OCI registry on a
// free loopback port, storing in a temporary folder, with htpasswd basic auth.

export type StartedRegistry = {
  url: string;
  host: string;
  username: string;
  password: string;
  /** The filesystem storage's root: blobs are under docker/registry/v2/blobs/sha256/<ab>/<hex>/data. */
  dataDir: string;
  /** Stops the process (the storage stays, so start() brings the same registry back). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it and removes its folder. */
  dispose: () => Promise<void>;
};

const READY_TIMEOUT_MS = 20_000;
// bcrypt's base64 alphabet (./A-Za-z0-9). The 22nd character of a salt carries only two
// bits; one of ".Oeu" leaves the other four zero, as every bcrypt accepts.
const BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `auth: token` instead of htpasswd: the registry sends Bearer challenges naming this realm (start-token-server.ts). */
export type RegistryTokenAuth = { realm: string; service: string; issuer: string; certFile: string };

export async function startRegistry(options: { username?: string; password?: string; tokenAuth?: RegistryTokenAuth } = {}): Promise<StartedRegistry> {
  const username = options.username ?? "accel";
  const password = options.password ?? randomBytes(12).toString("hex");
  const dir = await mkdtemp(path.join(tmpdir(), "accel-registry-"));
  const port = await freePort();
  // distribution's htpasswd reads bcrypt entries only. Perl's crypt() is libc's (libxcrypt
  // on Debian), which does bcrypt: no package to install and nothing to download.
  await writeFile(path.join(dir, "htpasswd"), `${username}:${await bcrypt(password)}\n`);
  await writeFile(
    path.join(dir, "config.yml"),
    [
      "version: 0.1",
      "log:",
      "  level: error",
      "  accesslog:",
      "    disabled: true",
      "storage:",
      "  filesystem:",
      `    rootdirectory: ${path.join(dir, "data")}`,
      "http:",
      `  addr: 127.0.0.1:${port}`,
      `  secret: ${randomBytes(16).toString("hex")}`,
      "auth:",
      ...(options.tokenAuth
        ? ["  token:", `    realm: ${options.tokenAuth.realm}`, `    service: ${options.tokenAuth.service}`, `    issuer: ${options.tokenAuth.issuer}`, `    rootcertbundle: ${options.tokenAuth.certFile}`]
        : ["  htpasswd:", "    realm: accel-test", `    path: ${path.join(dir, "htpasswd")}`]),
      "",
    ].join("\n"),
  );
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = "";

  async function start() {
    output = "";
    child = spawn("docker-registry", ["serve", path.join(dir, "config.yml")], { stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    const until = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < until) {
      if (child.exitCode !== null) break;
      // /v2/ answers 401 without credentials once the registry serves (spec.md, "Determining support").
      const status = await fetch(`${url}/v2/`).then((r) => r.status, () => 0);
      if (status === 401) return;
      await sleep(100);
    }
    await stop();
    throw new Error(`docker-registry did not start on ${url}: ${output}`);
  }

  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  }

  await start();
  return {
    url,
    host: `127.0.0.1:${port}`,
    username,
    password,
    dataDir: path.join(dir, "data"),
    stop,
    start,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function bcrypt(password: string): Promise<string> {
  const random = randomBytes(21);
  const salt = [...random].map((byte) => BCRYPT_ALPHABET[byte % 64]).join("") + ".Oeu"[random[0] % 4];
  const { stdout } = await promisify(execFile)("perl", ["-e", "print crypt($ARGV[0], $ARGV[1])", password, `$2b$05$${salt}`]);
  if (!stdout.startsWith("$2b$05$")) throw new Error(`perl's crypt() does no bcrypt here (it answered "${stdout}")`);
  return stdout;
}
