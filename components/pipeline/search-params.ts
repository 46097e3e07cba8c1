export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter, trimmed; undefined when absent or blank. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** `?model=name&version=2` (or `?image=…&version=…`) as a reference, when both are there and the version is a whole number. */
export function readVersionRef(name: string | undefined, version: string | undefined): { name: string; version: number } | null {
  const number = Number.parseInt(version ?? "", 10);
  return name && Number.isInteger(number) && number > 0 ? { name, version: number } : null;
}
