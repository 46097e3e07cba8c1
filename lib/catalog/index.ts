export { CATALOG, getCatalogEntry } from "./catalog";
export {
  fetchCatalogSource,
  type DownloadProgress,
  type FetchCatalogSourceOptions,
  type FetchedCatalogFile,
} from "./fetch-catalog-source";
export { type SourceAttempt } from "./build-fetch-failure";
export { isTransientFailure } from "./is-transient-failure";
export { CAFFE2, P1, P2, P4, P5, P6, SSD_300 } from "./preprocessing-codes";
export { COCO_SSD_BOXES, COCO_SSD_INPUT, COCO_SSD_PREPROCESSING, COCO_SSD_SCORES } from "./coco-ssd-preprocessing";
export {
  catalogEntrySchema,
  modelPreprocessingSchema,
  outputSpecSchema,
  preprocessingSpecSchema,
  tensorSpecSchema,
  type CatalogEntry,
  type ModelPreprocessing,
  type OutputSpec,
  type PreprocessingCode,
  type PreprocessingSpec,
  type TensorSpec,
} from "./schemas";
export { findCatalogEntryByDigest, modelPreprocessingOf } from "./find-catalog-entry-by-digest";
export { taskOfPreprocessing, type ModelTask } from "./task-of-preprocessing";
