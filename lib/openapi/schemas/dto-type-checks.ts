// Compile-time checks that the response schemas and the DTO types describe the same
// values: `tsc --noEmit` fails when a DTO gains, loses or retypes a field its schema does
// not. Never imported; the runtime twin is schemas.test.ts.
//
// Each pair reads: forward, every DTO value fits the schema; back, every schema value fits
// the DTO. Where a DTO type is looser than what the code puts in it (a `string` that is
// always an enum member, `Record<string, unknown>` for a known shape), the forward check
// runs on the DTO with those fields narrowed to their source types, named below.
import type { z } from "zod";
import type { CatalogEntry, ModelPreprocessing, OutputSpec, PreprocessingCode, PreprocessingSpec, TensorSpec } from "@/lib/catalog";
import type { CalibrationImageResult, ConversionDto, ConversionReport, LatencyBreakdown, TranslationReport } from "@/lib/conversions";
import type { ModelPull } from "@/lib/db";
import type { DeviceProfile, ProfileParameter } from "@/lib/fpga/types";
import type { getHealth } from "@/lib/health/get-health";
import type { ImageDto } from "@/lib/images/types";
import type { LogLine } from "@/lib/logs/types";
import type { deleteImage } from "@/lib/images/delete-image";
import type { deleteModel } from "@/lib/models/delete-model";
import type { listModels } from "@/lib/models/list-models";
import type { ModelDto } from "@/lib/models/to-model-dto";
import type { DataTypeName, GraphSummary, TensorInfo } from "@/lib/onnx/types";
import type { getModelPullOrThrow } from "@/lib/pulls/get-model-pull";
import type { listCatalog } from "@/lib/pulls/list-catalog";
import type { PullDto } from "@/lib/pulls/to-pull-dto";
import type { ClassScore } from "@/lib/scoring/types";
import type { ScoreResponse, ScoreTimings, SimulatedLatency } from "@/lib/serving/score-response";
import type { ServiceScoreResponse } from "@/lib/services/score-service";
import type { catalogItemSchema, catalogOutputSchema, catalogTensorSchema, preprocessingRecipeSchema } from "./catalog";
import type { calibrationImageResultSchema, conversionReportSchema, conversionSchema, conversionWithLogSchema, latencyBreakdownSchema, translationReportSchema } from "./conversions";
import type { deviceProfileListSchema, deviceProfileSchema, profileParameterSchema } from "./fpga";
import type { healthSchema } from "./health";
import type { imageDeletedSchema, imageSchema, imageWithLogSchema } from "./images";
import type { logLineSchema } from "./logs";
import type { modelDeletedSchema, modelGraphSchema, modelListSchema, modelPreprocessingRecipeSchema, modelSchema, modelTensorSchema, tensorDtypeSchema } from "./models";
import type { pullSchema, pullWithLogSchema } from "./pulls";
import type { classScoreSchema, scoreSchema, scoreTimingsSchema, serviceScoreSchema, simulatedLatencySchema } from "./scoring";
import type { ComputeDto, QuotaDto } from "@/lib/computes/types";
import type { ServiceDto } from "@/lib/services/types";
import type { computeSchema, quotaListSchema } from "../resources/computes";
import type { serviceSchema } from "../resources/services";
import type { ServiceLatencyDto } from "@/lib/service-history/types";
import type { serviceLatencySchema } from "../resources/service-latency";

type Out<T extends z.ZodType> = z.infer<T>;

// Narrowed DTOs: the loose fields as their sources type them.
/** ModelDto as registration fills it (lib/models/register-model.ts, lib/onnx GraphSummary). */
type StoredModelDto = Omit<ModelDto, "framework" | "inputs" | "outputs" | "graph" | "preprocessing"> & {
  framework: "onnx" | "accel-onnx" | "tensorflow";
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  graph: Omit<GraphSummary, "layers" | "inputs" | "outputs">;
  preprocessing: ModelPreprocessing | null;
};
/** PullDto's `state` is the model_pulls.state enum. */
type StoredPullDto = Omit<PullDto, "state"> & { state: ModelPull["state"] };
/** The preprocessing code comes from a parsed PreprocessingSpec (lib/scoring/resolve-model-version.ts). */
type Scored<T extends ScoreResponse> = Omit<T, "preprocessing"> & { preprocessing: { code: PreprocessingCode; isAssumed: boolean } };
type ModelPage = Awaited<ReturnType<typeof listModels>>;
type CatalogItem = Awaited<ReturnType<typeof listCatalog>>["items"][number];
type PullDetail = Awaited<ReturnType<typeof getModelPullOrThrow>>;

// models
const _dtype: Out<typeof tensorDtypeSchema> = {} as DataTypeName;
const _dtypeBack: DataTypeName = {} as Out<typeof tensorDtypeSchema>;
const _tensor: Out<typeof modelTensorSchema> = {} as TensorInfo;
const _tensorBack: TensorInfo = {} as Out<typeof modelTensorSchema>;
const _graph: Out<typeof modelGraphSchema> = {} as StoredModelDto["graph"];
const _graphBack: StoredModelDto["graph"] = {} as Out<typeof modelGraphSchema>;
const _modelPre: Out<typeof modelPreprocessingRecipeSchema> = {} as ModelPreprocessing;
const _modelPreBack: ModelPreprocessing = {} as Out<typeof modelPreprocessingRecipeSchema>;
const _model: Out<typeof modelSchema> = {} as StoredModelDto;
const _modelBack: StoredModelDto = {} as Out<typeof modelSchema>;
const _modelDtoBack: ModelDto = {} as Out<typeof modelSchema>;
const _page: Out<typeof modelListSchema> = {} as Omit<ModelPage, "items"> & { items: StoredModelDto[] };
const _pageBack: Omit<ModelPage, "items"> = {} as Omit<Out<typeof modelListSchema>, "items">;
// deleteModel/deleteImage return `deleted: boolean` (a widened `true` literal): back only.
const _modelDeletedBack: Awaited<ReturnType<typeof deleteModel>> = {} as Out<typeof modelDeletedSchema>;
const _imageDeletedBack: Awaited<ReturnType<typeof deleteImage>> = {} as Out<typeof imageDeletedSchema>;

// conversions and logs
const _log: Out<typeof logLineSchema> = {} as LogLine;
const _logBack: LogLine = {} as Out<typeof logLineSchema>;
const _latency: Out<typeof latencyBreakdownSchema> = {} as LatencyBreakdown;
const _latencyBack: LatencyBreakdown = {} as Out<typeof latencyBreakdownSchema>;
const _calibration: Out<typeof calibrationImageResultSchema> = {} as CalibrationImageResult;
const _calibrationBack: CalibrationImageResult = {} as Out<typeof calibrationImageResultSchema>;
const _report: Out<typeof conversionReportSchema> = {} as ConversionReport;
const _reportBack: ConversionReport = {} as Out<typeof conversionReportSchema>;
const _translation: Out<typeof translationReportSchema> = {} as TranslationReport;
const _translationBack: TranslationReport = {} as Out<typeof translationReportSchema>;
const _conversion: Out<typeof conversionSchema> = {} as ConversionDto;
const _conversionBack: ConversionDto = {} as Out<typeof conversionSchema>;
const _conversionLog: Out<typeof conversionWithLogSchema> = {} as ConversionDto & { log: LogLine[] };
const _conversionLogBack: ConversionDto & { log: LogLine[] } = {} as Out<typeof conversionWithLogSchema>;

// images
const _image: Out<typeof imageSchema> = {} as ImageDto;
const _imageBack: ImageDto = {} as Out<typeof imageSchema>;
const _imageLog: Out<typeof imageWithLogSchema> = {} as ImageDto & { log: LogLine[] };
const _imageLogBack: ImageDto & { log: LogLine[] } = {} as Out<typeof imageWithLogSchema>;

// catalog and pulls
const _recipe: Out<typeof preprocessingRecipeSchema> = {} as PreprocessingSpec;
const _recipeBack: PreprocessingSpec = {} as Out<typeof preprocessingRecipeSchema>;
const _catalogTensor: Out<typeof catalogTensorSchema> = {} as TensorSpec;
const _catalogTensorBack: TensorSpec = {} as Out<typeof catalogTensorSchema>;
const _catalogOutput: Out<typeof catalogOutputSchema> = {} as OutputSpec;
const _catalogOutputBack: OutputSpec = {} as Out<typeof catalogOutputSchema>;
const _entryBack: CatalogEntry = {} as Out<typeof catalogItemSchema>;
const _item: Out<typeof catalogItemSchema> = {} as Omit<CatalogItem, "lastPull"> & { lastPull: StoredPullDto | null };
const _itemBack: CatalogItem = {} as Out<typeof catalogItemSchema>;
const _pull: Out<typeof pullSchema> = {} as StoredPullDto;
const _pullBack: PullDto = {} as Out<typeof pullSchema>;
const _pullDetail: Out<typeof pullWithLogSchema> = {} as Omit<PullDetail, "state"> & { state: ModelPull["state"] };
const _pullDetailBack: PullDetail = {} as Out<typeof pullWithLogSchema>;

// fpga
const _parameter: Out<typeof profileParameterSchema> = {} as ProfileParameter;
const _parameterBack: ProfileParameter = {} as Out<typeof profileParameterSchema>;
const _profile: Out<typeof deviceProfileSchema> = {} as DeviceProfile;
const _profileBack: DeviceProfile = {} as Out<typeof deviceProfileSchema>;
const _profiles: Out<typeof deviceProfileListSchema> = {} as { items: DeviceProfile[] };
const _profilesBack: { items: DeviceProfile[] } = {} as Out<typeof deviceProfileListSchema>;

// scoring
const _classScore: Out<typeof classScoreSchema> = {} as ClassScore;
const _classScoreBack: ClassScore = {} as Out<typeof classScoreSchema>;
const _timings: Out<typeof scoreTimingsSchema> = {} as ScoreTimings;
const _timingsBack: ScoreTimings = {} as Out<typeof scoreTimingsSchema>;
const _simulated: Out<typeof simulatedLatencySchema> = {} as SimulatedLatency;
const _simulatedBack: SimulatedLatency = {} as Out<typeof simulatedLatencySchema>;
const _score: Out<typeof scoreSchema> = {} as Scored<ScoreResponse>;
const _scoreBack: ScoreResponse = {} as Out<typeof scoreSchema>;
const _serviceScore: Out<typeof serviceScoreSchema> = {} as Scored<ServiceScoreResponse>;
const _serviceScoreBack: ServiceScoreResponse = {} as Out<typeof serviceScoreSchema>;

// health: getHealth types each check as `{ status; [detail: string]: unknown }`, which no
// precise schema can accept, so back only (every described answer is one getHealth may give).
const _healthBack: Awaited<ReturnType<typeof getHealth>> = {} as Out<typeof healthSchema>;

// computes and services (../resources): their DTO types are the older ones, kept beside
const _compute: Out<typeof computeSchema> = {} as ComputeDto;
const _computeBack: ComputeDto = {} as Out<typeof computeSchema>;
const _quota: Out<typeof quotaListSchema>["items"][number] = {} as QuotaDto;
const _quotaBack: QuotaDto = {} as Out<typeof quotaListSchema>["items"][number];
const _service: Out<typeof serviceSchema> = {} as ServiceDto;
const _serviceBack: ServiceDto = {} as Out<typeof serviceSchema>;
const _serviceLatency: Out<typeof serviceLatencySchema> = {} as ServiceLatencyDto;
const _serviceLatencyBack: ServiceLatencyDto = {} as Out<typeof serviceLatencySchema>;
