export { AppError, isAppError } from "./app-error";
export { ERROR_CODES, GRPC, type ErrorCode } from "./codes";
export { toProblem, problemHeaders, PROBLEM_CONTENT_TYPE, type Problem } from "./problem";
