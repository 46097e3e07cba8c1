import type { ZodType } from "zod";
import { apiTokenSchema, auditPageSchema, createdTokenSchema, sessionSchema, signedInSchema } from "./resources/access";
import { azureModelPageSchema, azureModelVersionPageSchema, azureTransferListSchema, azureTransferWithLogSchema, azureWorkspaceListSchema, azureWorkspaceSchema } from "./resources/azure";
import { capacityPlanSchema } from "./resources/capacity";
import { computeListSchema, computeSchema, quotaListSchema } from "./resources/computes";
import { problemSchema } from "./resources/problem";
import { serviceListSchema, serviceSchema } from "./resources/services";
import { serviceLatencySchema } from "./resources/service-latency";
import { catalogListSchema, catalogPullSchema } from "./schemas/catalog";
import { conversionListSchema, conversionWithLogSchema } from "./schemas/conversions";
import { deviceProfileListSchema } from "./schemas/fpga";
import { healthSchema } from "./schemas/health";
import { imageDeletedSchema, imageListSchema, imageWithLogSchema } from "./schemas/images";
import { modelDeletedSchema, modelListSchema, modelSchema } from "./schemas/models";
import { pullWithLogSchema } from "./schemas/pulls";
import { scoreSchema, serviceScoreSchema } from "./schemas/scoring";

// The document's named components: each answer schema under the name a client sees
// (and openapi-typescript turns into a type). `.meta({ id })` names it for
// zod-to-openapi without extendZodWithOpenApi, which reaches only schemas made after it.
const named = <T extends ZodType>(id: string, schema: T): T => schema.meta({ id }) as T;

export const Problem = named("Problem", problemSchema);
export const Model = named("Model", modelSchema);
export const ModelList = named("ModelList", modelListSchema);
export const ModelDeleted = named("ModelDeleted", modelDeletedSchema);
export const CatalogList = named("CatalogList", catalogListSchema);
export const Pull = named("Pull", catalogPullSchema);
export const PullWithLog = named("PullWithLog", pullWithLogSchema);
export const Conversion = named("Conversion", conversionWithLogSchema);
export const ConversionList = named("ConversionList", conversionListSchema);
export const Image = named("Image", imageWithLogSchema);
export const ImageList = named("ImageList", imageListSchema);
export const ImageDeleted = named("ImageDeleted", imageDeletedSchema);
export const Compute = named("Compute", computeSchema);
export const ComputeList = named("ComputeList", computeListSchema);
export const QuotaList = named("QuotaList", quotaListSchema);
export const CapacityPlan = named("CapacityPlan", capacityPlanSchema);
export const Service = named("Service", serviceSchema);
export const ServiceList = named("ServiceList", serviceListSchema);
export const ServiceLatency = named("ServiceLatency", serviceLatencySchema);
export const Score = named("Score", scoreSchema);
export const ServiceScore = named("ServiceScore", serviceScoreSchema);
export const DeviceProfileList = named("DeviceProfileList", deviceProfileListSchema);
export const Health = named("Health", healthSchema);
export const ApiToken = named("ApiToken", apiTokenSchema);
export const CreatedToken = named("CreatedToken", createdTokenSchema);
export const AuditPage = named("AuditPage", auditPageSchema);
export const Session = named("Session", sessionSchema);
export const SignedIn = named("SignedIn", signedInSchema);
export const AzureWorkspace = named("AzureWorkspace", azureWorkspaceSchema);
export const AzureWorkspaceList = named("AzureWorkspaceList", azureWorkspaceListSchema);
export const AzureModelPage = named("AzureModelPage", azureModelPageSchema);
export const AzureModelVersionPage = named("AzureModelVersionPage", azureModelVersionPageSchema);
export const AzureTransfer = named("AzureTransfer", azureTransferWithLogSchema);
export const AzureTransferList = named("AzureTransferList", azureTransferListSchema);
