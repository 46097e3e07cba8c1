import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { grpcLoadClient } from "./grpc-load-client";
import { postImage } from "./post-image";

// The load generator's clients, one per protocol, each sending winml_dog.jpg-like images
// as its clients do. gRPC requests are encoded with the repository's protos (a bench is
// not a wire test) and sent by a lean HTTP/2 client (grpc-load-client.ts says why).

const PROTOS = path.join(process.cwd(), "lib/serving/protos");
const load = (file: string) => protoLoader.loadSync(file, { includeDirs: [PROTOS], keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true });

type Service = grpc.ServiceClientConstructor;

export function protocolClients(options: { grpcAddress: string; workerUrl: string; webUrl: string; service: string; key: string }) {
  const { service, key } = options;
  const tfTree = grpc.loadPackageDefinition(load("tensorflow_serving/apis/prediction_service.proto")) as unknown as { tensorflow: { serving: { PredictionService: Service } } };
  const v2Tree = grpc.loadPackageDefinition(load("inference/grpc_predict_v2.proto")) as unknown as { inference: { GRPCInferenceService: Service } };
  const grpcClient = grpcLoadClient(options.grpcAddress);
  const predictDefinition = tfTree.tensorflow.serving.PredictionService.service.Predict;
  const inferDefinition = v2Tree.inference.GRPCInferenceService.service.ModelInfer;
  const auth = { authorization: `Bearer ${key}` };
  const routed = { ...auth, "x-ms-aml-grpc-service-route": `/api/v1/service/${service}` };
  // The load generator encodes each image's JSON body once, and keeps it as bytes: base64,
  // JSON.stringify and UTF-8 encoding of a 100 KB+ image on every request would take
  // CPU from the server on these two cores. Sent with node:http, as the raw images are.
  const bodies = new Map<string, WeakMap<Buffer, Buffer>>();
  const json = (url: string, body: () => object, image: Buffer) => {
    const byImage = bodies.get(url) ?? new WeakMap<Buffer, Buffer>();
    bodies.set(url, byImage);
    let bytes = byImage.get(image);
    if (!bytes) byImage.set(image, (bytes = Buffer.from(JSON.stringify(body()))));
    return postImage(url, bytes, { "content-type": "application/json", ...auth });
  };
  return {
    // Azure's PredictionClient.score_file: empty model_spec, metadata route, `images` input.
    "TF Serving gRPC": (image: Buffer) =>
      grpcClient.call(predictDefinition.path, image, () => predictDefinition.requestSerialize({ inputs: { images: { dtype: "DT_STRING", tensor_shape: { dim: [{ size: 1 }] }, string_val: [image] } } }) as Buffer, routed),
    "v2 gRPC": (image: Buffer) =>
      grpcClient.call(inferDefinition.path, image, () => inferDefinition.requestSerialize({ model_name: service, inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [image] } }] }) as Buffer, auth),
    "TF Serving REST": (image: Buffer) => json(`${options.workerUrl}/v1/models/${service}:predict`, () => ({ instances: [{ b64: image.toString("base64") }] }), image),
    "v2 REST": (image: Buffer) => json(`${options.workerUrl}/v2/models/${service}/infer`, () => ({ inputs: [{ name: "images", datatype: "BYTES", shape: [1], data: [image.toString("base64")] }] }), image),
    "scoring URI": (image: Buffer) => postImage(`${options.workerUrl}/api/v1/service/${service}/score`, image, auth),
    "studio route": (image: Buffer) => postImage(`${options.webUrl}/api/v1/services/${service}/score`, image, auth),
    close: () => grpcClient.close(),
  };
}
