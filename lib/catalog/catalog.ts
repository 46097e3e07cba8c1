import { AppError } from "@/lib/errors";
import { LOCAL_ENTRIES } from "./local-entries";
import type { CatalogEntry } from "./schemas";
import { ZOO_ENTRIES } from "./zoo-entries";

/**
 * The built-in model catalog: the ONNX Model Zoo rows of CATALOG.md, then the two
 * Caffe2 SqueezeNets kept in ../shared/data/models. Entries with `isDefault` are the
 * small models pulled at start when a mirror is configured.
 */
export const CATALOG: readonly CatalogEntry[] = Object.freeze([...ZOO_ENTRIES, ...LOCAL_ENTRIES]);

export function getCatalogEntry(id: string): CatalogEntry {
  const entry = CATALOG.find((e) => e.id === id);
  if (!entry) {
    throw new AppError("catalog_entry_not_found", `No catalog entry is called "${id}".`, {
      id,
      known: CATALOG.map((e) => e.id),
    });
  }
  return entry;
}
