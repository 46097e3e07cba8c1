import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

// Our own .proto files (lib/serving/protos, written from PROTOCOLS.md's field numbers),
// read at run time: the worker runs from the repository root, and its esbuild bundle
// cannot carry .proto files. google/protobuf/{any,wrappers}.proto come bundled with
// proto-loader (protobufjs's well-known types).

const FILES = ["tensorflow_serving/apis/prediction_service.proto", "tensorflow_serving/apis/model_service.proto"];

type Loaded = {
  definition: protoLoader.PackageDefinition;
  predictionService: grpc.ServiceDefinition;
  modelService: grpc.ServiceDefinition;
};

let loaded: Loaded | undefined;

export function loadTfServingProtos(): Loaded {
  if (loaded) return loaded;
  const definition = protoLoader.loadSync(FILES, {
    includeDirs: [path.join(process.cwd(), "lib/serving/protos")],
    keepCase: true,
    longs: Number,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const tree = grpc.loadPackageDefinition(definition) as unknown as { tensorflow: { serving: Record<string, grpc.ServiceClientConstructor> } };
  loaded = {
    definition,
    predictionService: tree.tensorflow.serving.PredictionService.service,
    modelService: tree.tensorflow.serving.ModelService.service,
  };
  return loaded;
}

/** Serializes one message of our protos (the SignatureDefMap packed into an Any). */
export function encodeMessage(typeName: string, value: object): Buffer {
  const type = loadTfServingProtos().definition[typeName] as protoLoader.MessageTypeDefinition<object, object>;
  return type.serialize(value);
}
