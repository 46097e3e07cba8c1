import { CATALOG } from "./catalog";
import type { CatalogEntry } from "./schemas";

/** The catalog entry whose file has this sha256, if any: an upload of a known model. */
export function findCatalogEntryByDigest(digest: string): CatalogEntry | undefined {
  return CATALOG.find((entry) => entry.sha256 === digest);
}

/** What a registered model stores as its `preprocessing`: the spec plus labels and output kinds. */
export function modelPreprocessingOf(entry: CatalogEntry) {
  return { ...entry.preprocessing, labels: entry.labels, outputs: entry.outputs };
}
