// `npm run score:grpc -- --address=127.0.0.1:8602 --service=<name> [--key=<key>] [--image=file] [--ca=cert.pem]`:
// scores an image against a deployed service exactly as Azure's accelerated-model client
// (PredictionClient.score_file) did — TF Serving PredictionService/Predict, an empty
// model_spec, the `x-ms-aml-grpc-service-route` metadata, a Bearer key, the image bytes
// as a DT_STRING [1] tensor named `images` — and prints the top-5 read from
// `output_alias`. It knows only the wire facts: its protos are the tests' independent
// copy (tests/protos), nothing of the server's code.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const address = arg("address") ?? "127.0.0.1:8602";
const service = arg("service");
if (!service) throw new Error("--service=<name> is required");
const image = readFileSync(arg("image") ?? path.resolve("..", "shared", "data", "images", "winml_dog.jpg"));
const labels: string[] = JSON.parse(readFileSync(path.resolve("..", "shared", "data", "labels", "imagenet-simple-labels.json"), "utf8"));

const definition = protoLoader.loadSync("tensorflow_serving/serving.proto", { includeDirs: [path.resolve("tests", "protos")], keepCase: true, longs: Number, enums: String, defaults: true });
const tree = grpc.loadPackageDefinition(definition) as unknown as { tensorflow: { serving: { PredictionService: grpc.ServiceClientConstructor } } };
const credentials = arg("ca") ? grpc.credentials.createSsl(readFileSync(arg("ca")!)) : grpc.credentials.createInsecure();
const client = new tree.tensorflow.serving.PredictionService(address, credentials);
const metadata = new grpc.Metadata();
metadata.set("x-ms-aml-grpc-service-route", `/api/v1/service/${service}`);
if (arg("key")) metadata.set("authorization", `Bearer ${arg("key")}`);

type Tensor = { tensor_content: Buffer; float_val: number[] };
const request = { inputs: { images: { dtype: "DT_STRING", tensor_shape: { dim: [{ size: 1 }] }, string_val: [image] } } };
const started = performance.now();
(client as unknown as { Predict: (r: object, m: grpc.Metadata, o: object, cb: (e: grpc.ServiceError | null, r: { outputs: Record<string, Tensor> }) => void) => void }).Predict(
  request,
  metadata,
  { deadline: Date.now() + 10_000 }, // Azure's clients gave up after 10 s
  (error, response) => {
    client.close();
    if (error) {
      console.error(`${grpc.status[error.code]}: ${error.details}`);
      process.exit(1);
    }
    const tensor = response.outputs.output_alias;
    const scores = tensor.tensor_content.length ? Array.from({ length: tensor.tensor_content.length / 4 }, (_, i) => tensor.tensor_content.readFloatLE(i * 4)) : tensor.float_val;
    const top = scores.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p).slice(0, 5);
    console.log(`${service} over gRPC in ${(performance.now() - started).toFixed(1)} ms:`);
    for (const { p, i } of top) console.log(`  ${(p * 100).toFixed(1).padStart(5)}%  ${labels[i] ?? `class ${i}`}`);
  },
);
