import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/env";
import { requestContext } from "./request-context";

// The one logger of web and worker (pino): JSON lines in production, for a log shipper;
// readable lines in development. Every line written inside a request carries its id
// (request-context.ts), so one request can be followed from web's edge to the node.
// LOG_LEVEL moves the threshold (debug shows every request; info, the default, only
// failures and the work of jobs).

let root: Logger | undefined;

/** A log line as pino writes it (JSON), for tests that check what was logged. */
export type LogRecord = { level: number; msg: string; component?: string; requestId?: string; err?: { message: string; stack?: string }; [key: string]: unknown };
const sinks = new Set<(record: LogRecord) => void>();

/** Tests: every line logged until stop() (the test logger sends each line here as well as to stderr). */
export function captureLogs(): { records: LogRecord[]; stop: () => void } {
  const records: LogRecord[] = [];
  const sink = (record: LogRecord) => void records.push(record);
  sinks.add(sink);
  return { records, stop: () => void sinks.delete(sink) };
}

function createRoot(): Logger {
  const { LOG_LEVEL, NODE_ENV, ACCEL_PROCESS } = env();
  const options = {
    level: LOG_LEVEL ?? (NODE_ENV === "test" ? "warn" : "info"),
    base: { pid: process.pid, process: ACCEL_PROCESS },
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
  };
  if (NODE_ENV === "production") return pino(options);
  // In the process itself, not pino's transport thread: a development studio has no need of it.
  const readable = pretty({ sync: true, colorize: Boolean(process.stderr.isTTY), destination: 2, ignore: "pid,hostname", singleLine: true });
  if (NODE_ENV !== "test") return pino(options, readable);
  const toSinks = { write: (line: string) => void (sinks.size && sinks.forEach((sink) => sink(JSON.parse(line) as LogRecord))) };
  return pino(options, pino.multistream([{ stream: readable, level: "trace" }, { stream: toSinks, level: "trace" }]));
}

/** A logger for one part of the studio ("api", "jobs", "pulls", …): its lines say which. */
export function logger(component: string): Logger {
  root ??= createRoot();
  return root.child({ component });
}
