export { captureLogs, logger, type LogRecord } from "./logger";
export { requestContext, type RequestContext } from "./request-context";
