export { CATALOG, getCatalogEntry } from "./catalog";
export {
  fetchCatalogSource,
  type DownloadProgress,
  type FetchCatalogSourceOptions,
  type FetchedCatalogFile,
} from "./fetch-catalog-source";
export { type SourceAttempt } from "./build-fetch-failure";
export { isTransientFailure } from "./is-transient-failure";
export { CAFFE2, P1, P2, P4, P5, P6 } from "./preprocessing-codes";
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
