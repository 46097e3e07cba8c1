// Pure formatting helpers shared by server and client components.

const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB"];

/** Binary multiples with the familiar labels, as Azure's portal shows sizes: 3655033 → "3.5 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

const COUNT_UNITS: [number, string][] = [
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "K"],
];

/** Decimal multiples for counts (MACs, parameters): 300_800_000 → "300.8 M". */
export function formatCount(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return "—";
  for (const [size, suffix] of COUNT_UNITS) {
    if (Math.abs(count) >= size) return `${(count / size).toFixed(1)} ${suffix}`;
  }
  return String(count);
}

export function formatInteger(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return "—";
  return count.toLocaleString("en-US");
}

/** [1, 3, 224, 224] → "1×3×224×224"; a symbolic dim keeps its name ("N×3×224×224"). */
export function formatShape(shape: (number | string)[] | null | undefined): string {
  if (!shape) return "unknown";
  if (shape.length === 0) return "scalar";
  return shape.join("×");
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

export function formatPercent(fraction: number): string {
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

export function shortDigest(digest: string): string {
  const hex = digest.replace(/^sha256:/, "");
  return `sha256:${hex.slice(0, 12)}`;
}
