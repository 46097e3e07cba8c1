import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { postImage } from "./post-image";

// The load generator's clients, one per protocol, each sending winml_dog.jpg-like images
// as its clients do. gRPC clients use the repository's protos (a bench is not a wire test).

const PROTOS = path.join(process.cwd(), "lib/serving/protos");
const load = (file: string) => protoLoader.loadSync(file, { includeDirs: [PROTOS], keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true });

type Unary = (request: object, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null) => void) => void;

function call(client: grpc.Client, method: string, request: object, metadata: grpc.Metadata): Promise<void> {
  return new Promise((resolve, reject) => (client as unknown as Record<string, Unary>)[method](request, metadata, (error) => (error ? reject(error) : resolve())));
}

export function protocolClients(options: { grpcAddress: string; workerUrl: string; webUrl: string; service: string; key: string }) {
  const { service, key } = options;
  const tfTree = grpc.loadPackageDefinition(load("tensorflow_serving/apis/prediction_service.proto")) as unknown as { tensorflow: { serving: { PredictionService: grpc.ServiceClientConstructor } } };
  const v2Tree = grpc.loadPackageDefinition(load("inference/grpc_predict_v2.proto")) as unknown as { inference: { GRPCInferenceService: grpc.ServiceClientConstructor } };
  const tf = new tfTree.tensorflow.serving.PredictionService(options.grpcAddress, grpc.credentials.createInsecure());
  const v2 = new v2Tree.inference.GRPCInferenceService(options.grpcAddress, grpc.credentials.createInsecure());
  const auth = { authorization: `Bearer ${key}` };
  const metadata = (route?: boolean) => {
    const m = new grpc.Metadata();
    m.set("authorization", auth.authorization);
    if (route) m.set("x-ms-aml-grpc-service-route", `/api/v1/service/${service}`);
    return m;
  };
  // The load generator encodes each image's JSON body once: base64 and JSON.stringify of a
  // 100 KB+ image on every request would take CPU from the server on these two cores.
  const bodies = new Map<string, WeakMap<Buffer, string>>();
  const json = async (url: string, body: () => object, image: Buffer) => {
    const byImage = bodies.get(url) ?? new WeakMap<Buffer, string>();
    bodies.set(url, byImage);
    let text = byImage.get(image);
    if (!text) byImage.set(image, (text = JSON.stringify(body())));
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...auth }, body: text });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  };
  return {
    // Azure's PredictionClient.score_file: empty model_spec, metadata route, `images` input.
    "TF Serving gRPC": (image: Buffer) => call(tf, "Predict", { inputs: { images: { dtype: "DT_STRING", tensor_shape: { dim: [{ size: 1 }] }, string_val: [image] } } }, metadata(true)),
    "v2 gRPC": (image: Buffer) => call(v2, "ModelInfer", { model_name: service, inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [image] } }] }, metadata()),
    "TF Serving REST": (image: Buffer) => json(`${options.workerUrl}/v1/models/${service}:predict`, () => ({ instances: [{ b64: image.toString("base64") }] }), image),
    "v2 REST": (image: Buffer) => json(`${options.workerUrl}/v2/models/${service}/infer`, () => ({ inputs: [{ name: "images", datatype: "BYTES", shape: [1], data: [image.toString("base64")] }] }), image),
    "scoring URI": (image: Buffer) => postImage(`${options.workerUrl}/api/v1/service/${service}/score`, image, auth),
    "studio route": (image: Buffer) => postImage(`${options.webUrl}/api/v1/services/${service}/score`, image, auth),
    close: () => {
      tf.close();
      v2.close();
    },
  };
}
