import { z } from "zod";
import { createConversionSchema, listConversionsQuerySchema } from "@/lib/conversions/schemas";
import { Conversion, ConversionList } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Conversions";
const id = { id: z.string() };

export const conversionPaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/conversions", tag, summary: "Conversions, newest first", query: listConversionsQuerySchema, replies: { 200: { description: "The conversions (without logs)", schema: ConversionList } } },
  { method: "post", path: "/api/v1/conversions", tag, summary: "Convert a model: TensorFlow to ONNX, or ONNX for the NPU (a job in the worker)", body: { schema: createConversionSchema }, errors: [404, 409, 422], replies: { 202: { description: "The conversion, queued", schema: Conversion } } },
  { method: "get", path: "/api/v1/conversions/{id}", tag, summary: "State, progress, log and report of one conversion", params: id, replies: { 200: { description: "The conversion", schema: Conversion } } },
  { method: "post", path: "/api/v1/conversions/{id}/cancel", tag, summary: "Stop a queued or running conversion", params: id, errors: [409], replies: { 200: { description: "The conversion, cancelled", schema: Conversion } } },
];
