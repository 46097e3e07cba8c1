// A resource's log as the API returns it: append-only lines, oldest first.
export type LogLine = { id: number; at: string; level: "debug" | "info" | "warn" | "error"; message: string };
