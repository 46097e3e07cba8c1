import { parse, type INamespace } from "protobufjs";

/**
 * Parses the ONNX .proto source into the protobufjs JSON descriptor that
 * `onnx-descriptor.ts` commits. keepCase keeps the spec's snake_case field names
 * (ir_version, op_type, raw_data) so decoded objects read like onnx.proto.
 */
export function buildOnnxDescriptor(protoSource: string): INamespace {
  const { root } = parse(protoSource, { keepCase: true });
  return root.toJSON() as INamespace;
}
