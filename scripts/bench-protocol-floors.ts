// `npm run bench:protocol-floors`: what the protocols cost before any scoring, on this
// machine — the floors BENCHMARKS.md's serving-protocols section explains its figures
// with. (1) A grpc-js client and server echoing winml_dog.jpg's 200 KB in one process:
// latency and CPU per call. (2) A TF Serving REST body with that image as base64: turning
// it into a string and JSON.parse, against parseJsonWithBinary; and checking and decoding
// the base64 with a regex and Buffer, against decodeBase64 from the body's bytes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { decodeBase64 } from "@/lib/serving/decode-base64";
import { parseJsonWithBinary } from "@/lib/serving/parse-json-with-binary";

const image = await readFile(path.resolve("..", "shared", "data", "images", "winml_dog.jpg"));

async function timed(label: string, calls: number, run: () => unknown | Promise<unknown>) {
  for (let i = 0; i < Math.ceil(calls / 5); i++) await run();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < calls; i++) await run();
  const wall = (performance.now() - started) / calls;
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(46)} ${wall.toFixed(3).padStart(7)} ms/call  cpu ${((used.user + used.system) / 1000 / calls).toFixed(3).padStart(7)} ms/call`);
}

// (1) grpc-js echo, identity serializers: only transport and framing are measured.
const identity = (b: Buffer) => b;
const echo = { echo: { path: "/floor.Echo/Echo", requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity } };
const server = new grpc.Server();
server.addService(echo as unknown as grpc.ServiceDefinition, { echo: (_call: unknown, reply: (e: null, b: Buffer) => void) => reply(null, Buffer.alloc(4000)) });
const port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
const Client = grpc.makeGenericClientConstructor(echo as unknown as grpc.ServiceDefinition, "Echo");
const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as { echo: (b: Buffer, cb: (e: Error | null) => void) => void };
console.log(`bench:protocol-floors — ${image.length} byte image`);
await timed("grpc-js echo, client + server in one process", 500, () => new Promise<void>((resolve, reject) => client.echo(image, (e) => (e ? reject(e) : resolve()))));
(client as unknown as grpc.Client).close();
server.forceShutdown();

// (2) JSON bodies.
const body = Buffer.from(JSON.stringify({ instances: [{ b64: image.toString("base64") }] }));
const BASE64 = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;
await timed("body → string → JSON.parse", 300, () => JSON.parse(body.toString("utf8")));
await timed("parseJsonWithBinary (image cut out)", 300, () => parseJsonWithBinary(body));
const b64 = (JSON.parse(body.toString("utf8")) as { instances: { b64: string }[] }).instances[0].b64;
await timed("base64: regex check + Buffer.from", 300, () => BASE64.test(b64) && Buffer.from(b64, "base64"));
const cut = parseJsonWithBinary(body);
const placeholder = (cut.value as { instances: { b64: string }[] }).instances[0].b64;
await timed("base64: decodeBase64 from the body's bytes", 300, () => cut.base64(placeholder, { urlSafe: true }));
if (!decodeBase64(Buffer.from(b64))?.equals(image)) throw new Error("decodeBase64 disagrees with the image");
