import { CATALOG } from "./catalog";
import { modelPreprocessingSchema, type CatalogEntry, type ModelPreprocessing } from "./schemas";

/** The catalog entry whose file has this sha256, if any: an upload of a known model. */
export function findCatalogEntryByDigest(digest: string): CatalogEntry | undefined {
  return CATALOG.find((entry) => entry.sha256 === digest);
}

/** What a registered model stores as its `preprocessing`, checked against the schema its reader uses. */
export function modelPreprocessingOf(entry: CatalogEntry): ModelPreprocessing {
  return modelPreprocessingSchema.parse({ ...entry.preprocessing, labels: entry.labels, outputs: entry.outputs });
}
