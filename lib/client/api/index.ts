// The typed client of the Accel Studio API: `createAccelClient({ baseUrl, token })`, then
// `client.GET("/api/v1/models")`, `client.POST("/api/v1/conversions", { body })`, … with
// request and answer types from the OpenAPI document.
export { AccelApiError, createAccelClient, dataOf, type AccelClient, type Problem } from "./create-accel-client";
export type { components, paths } from "./schema";
