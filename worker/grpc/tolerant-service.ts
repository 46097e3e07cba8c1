import type * as grpc from "@grpc/grpc-js";
import { AppError } from "@/lib/errors";

// grpc-js answers a request it cannot deserialize with INTERNAL, which Azure's clients
// retry; a malformed message is the client's fault and must answer INVALID_ARGUMENT
// (PROTOCOLS.md). So the deserializer keeps the failure and the handler throws it as one.

const MALFORMED = Symbol("malformed request");

type Malformed = { [MALFORMED]: string };

export function withTolerantDeserialize(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  return Object.fromEntries(
    Object.entries(service).map(([method, definition]) => [
      method,
      {
        ...definition,
        requestDeserialize: (bytes: Buffer) => {
          try {
            return definition.requestDeserialize(bytes);
          } catch (error) {
            return { [MALFORMED]: error instanceof Error ? error.message : String(error) } satisfies Malformed;
          }
        },
      },
    ]),
  );
}

/** Throws validation_failed when the request could not be read as its message. */
export function checkWellFormed(request: unknown, messageName: string): void {
  if (request && typeof request === "object" && MALFORMED in request) {
    throw new AppError("validation_failed", `The request is not a valid ${messageName} protobuf message: ${(request as Malformed)[MALFORMED]}.`);
  }
}
