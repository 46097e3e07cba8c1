import { readdir } from "node:fs/promises";
import path from "node:path";

// Which /api/v1 path a route handler serves, from where its file sits (Next's file-system
// routing), so that `call` (helpers.ts) sends each handler the URL Next would: scopes,
// audit entries and the OpenAPI conformance check all go by the path.

const API_DIR = path.resolve(import.meta.dirname, "../app/api");
let loading: Promise<Map<unknown, string>> | undefined;

/** Every route.ts below `dir` (app/api by default). */
export async function routeFiles(dir = API_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : Promise.resolve(e.name === "route.ts" ? [path.join(dir, e.name)] : []))));
  return nested.flat();
}

/** A route file's path, its [params] as OpenAPI's {params}; null for the catch-all, which serves no path of its own. */
export function templateOf(file: string): string | null {
  const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep);
  if (segments.some((s) => s.startsWith("[..."))) return null;
  return `/api/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

function handlers(): Promise<Map<unknown, string>> {
  loading ??= (async () => {
    const map = new Map<unknown, string>();
    for (const file of await routeFiles(API_DIR)) {
      const template = templateOf(file);
      if (!template) continue;
      const route = (await import(file)) as Record<string, unknown>;
      for (const value of Object.values(route)) if (typeof value === "function" && !map.has(value)) map.set(value, template);
    }
    return map;
  })();
  return loading;
}

/** The URL path Next would route to this handler, with its params filled in; undefined for a handler of no route file. */
export async function pathOfHandler(handler: unknown, params: Record<string, string>): Promise<string | undefined> {
  const template = (await handlers()).get(handler);
  return template?.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? name));
}

let modules: Promise<{ pattern: RegExp; names: string[]; route: Record<string, unknown> }[]> | undefined;

/**
 * A `fetch` that serves /api/v1 in this process, routing each request to its route file's
 * handler as Next would (path params included), for clients under test without a server.
 */
export async function routeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  modules ??= (async () => {
    const found = [];
    for (const file of await routeFiles()) {
      const template = templateOf(file);
      if (!template) continue;
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      found.push({ pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`), names, route: (await import(file)) as Record<string, unknown> });
    }
    return found;
  })();
  const pathname = new URL(request.url).pathname;
  for (const { pattern, names, route } of await modules) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const handler = route[request.method] as ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) | undefined;
    if (!handler) return new Response(null, { status: 405 });
    return handler(request, { params: Promise.resolve(Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]))) });
  }
  return new Response(null, { status: 404 });
}
