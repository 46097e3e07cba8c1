export { CATALOG, getCatalogEntry } from "./catalog";
export {
  fetchCatalogSource,
  type FetchCatalogSourceOptions,
  type FetchCatalogSourceResult,
  type SourceAttempt,
} from "./fetch-catalog-source";
export { CAFFE2, P1, P2, P4, P5, P6 } from "./preprocessing-codes";
export {
  catalogEntrySchema,
  outputSpecSchema,
  preprocessingSpecSchema,
  tensorSpecSchema,
  type CatalogEntry,
  type OutputSpec,
  type PreprocessingCode,
  type PreprocessingSpec,
  type TensorSpec,
} from "./schemas";
export type { DownloadProgress } from "./write-verified-file";
export { findCatalogEntryByDigest, modelPreprocessingOf } from "./find-catalog-entry-by-digest";
