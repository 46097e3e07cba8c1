export { appendLog, deleteLogs, listLogs, resourceLogger } from "./append-log";
export type { LogLine } from "./types";
