import { toApiError } from "./api-error";
import { csrfHeaders } from "./csrf-headers";

/** fetch for the studio's own JSON API: throws ApiError (with the problem's detail) on failure. */
export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: "application/json", ...csrfHeaders(), ...init.headers } });
  } catch {
    throw toApiError(0, "");
  }
  const text = await response.text();
  if (!response.ok) throw toApiError(response.status, text, response.statusText);
  return (text ? JSON.parse(text) : undefined) as T;
}

export function sendJson<T>(url: string, method: "POST" | "PATCH" | "PUT" | "DELETE", body?: unknown): Promise<T> {
  return fetchJson<T>(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
}
