// Route templates for the request counter: a path's own words are kept, anything a
// client chooses (names, versions, ids) becomes ":param", so the label set stays bounded
// whatever is requested. Words the API and the node protocols use, no more.
const WORDS = new Set([
  "api", "v1", "v2", "models", "versions", "score", "download", "services", "service", "keys", "regenerate", "computes", "images", "conversions",
  "cancel", "pulls", "pull", "catalog", "azure", "workspaces", "transfers", "imports", "publications", "tokens", "audit", "health", "live", "ready",
  "quotas", "fpga", "profiles", "openapi.json", "plan", "metrics", "logs", "infer", "metadata", "auth", "session", "latency", "internal", "healthz",
]);
const VERBS = new Set(["predict", "classify", "regress"]);

export function routeLabel(path: string): string {
  if (!path.startsWith("/")) return "other";
  // gRPC methods (/package.Service/Method) are a fixed list already.
  if (/^\/[\w.]+\.[A-Z]\w*\/\w+$/.test(path)) return path;
  const segments = path.split("/").slice(1, 12).map((segment) => {
    if (WORDS.has(segment)) return segment;
    const verb = segment.split(":").at(-1) ?? "";
    return segment.includes(":") && VERBS.has(verb) ? `:param:${verb}` : ":param";
  });
  return `/${segments.join("/")}`;
}

/** Which door a request came in by, from its path. */
export function protocolOf(path: string): string {
  if (path.startsWith("/tensorflow.serving.")) return "tf-serving-grpc";
  if (path.startsWith("/inference.")) return "v2-grpc";
  if (path.startsWith("/api/v1/service/")) return "scoring-uri";
  if (path.startsWith("/internal/")) return "forwarded";
  if (path.startsWith("/api/")) return "rest";
  if (path.startsWith("/v2")) return "v2-rest";
  if (/^\/v1\/models\/[^/]+(\/versions\/[^/]+)?(:\w+|\/metadata)?$/.test(path)) return "tf-serving-rest";
  if (path.startsWith("/v1/")) return "node-rest";
  return "other";
}
