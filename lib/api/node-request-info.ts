import type http from "node:http";
import { CSRF_HEADER } from "@/lib/auth/csrf";
import type { ApiRequestInfo } from "./serve-api-request";

/** What the API pipeline needs of a plain node:http request (web's data paths, a node's hosts). */
export function nodeRequestInfo(request: http.IncomingMessage, path: string, access: ApiRequestInfo["access"]): ApiRequestInfo {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    method: request.method ?? "GET",
    path,
    requestIdHeader: header("x-request-id"),
    access,
    credentials: { authorization: header("authorization"), cookie: header("cookie"), csrfToken: header(CSRF_HEADER), origin: header("origin"), host: header("host") },
    ip: request.socket.remoteAddress ?? null,
  };
}
