export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter, trimmed; undefined when absent or blank. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** `?model=name&version=2` (or `?image=…&version=…`) as a reference, when both are there and the version is a whole number. */
function readVersionRef(name: string | undefined, version: string | undefined): { name: string; version: number } | null {
  const number = Number.parseInt(version ?? "", 10);
  return name && Number.isInteger(number) && number > 0 ? { name, version: number } : null;
}

/**
 * The "New …" form of a list page: `?new=1` opens it, and `?model=name&version=2` (or
 * `image=`, as `refParam` says) opens it with that version chosen. `key` remounts the form
 * when the chosen version changes.
 */
export function readNewForm(params: Awaited<SearchParams>, refParam?: "model" | "image") {
  const ref = refParam ? readVersionRef(firstParam(params[refParam]), firstParam(params.version)) : null;
  return { isOpen: Boolean(firstParam(params.new) || ref), ref, key: ref ? `${ref.name}:${ref.version}` : "new" };
}
