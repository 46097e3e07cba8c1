export { requestConversion } from "./request-conversion";
export { getConversionOrThrow, listConversions } from "./get-conversion";
export { cancelConversion } from "./cancel-conversion";
export { runConversion } from "./run-conversion";
export { createConversionSchema, type CreateConversionInput } from "./schemas";
export type * from "./types";
