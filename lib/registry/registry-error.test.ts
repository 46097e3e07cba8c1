import { describe, expect, it } from "vitest";
import { registryError } from "./registry-error";
import { formatRegistryReference, parseRegistryReference } from "./registry-reference";

const refusal = (status: number, body: string) => registryError({ response: new Response(body, { status }), registry: "r.example:5000", action: "take blob x" });

describe("registryError", () => {
  it("carries the distribution error body's code, message and detail; a 4xx is a refusal", async () => {
    const body = JSON.stringify({ errors: [{ code: "DENIED", message: "requested access to the resource is denied", detail: { repo: "a/b" } }, { code: "UNAUTHORIZED", message: "authentication required", detail: null }] });
    const error = await refusal(403, body);
    expect(error.code).toBe("registry_refused");
    expect(error.message).toBe('The registry r.example:5000 refused to take blob x (HTTP 403): DENIED: requested access to the resource is denied ({"repo":"a/b"}); UNAUTHORIZED: authentication required');
  });

  it.each([500, 503, 429, 408])("calls an HTTP %i a failure that may pass (unavailable), with the body's text", async (status) => {
    const error = await refusal(status, "upstream is down");
    expect(error.code).toBe("unavailable");
    expect(error.message).toBe(`The registry r.example:5000 failed to take blob x (HTTP ${status}): upstream is down`);
  });
});

describe("registry references", () => {
  it("round-trip host, repository, tag and digest", () => {
    const reference = { host: "127.0.0.1:5000", repository: "team/accel/img", tag: "3", digest: `sha256:${"ab".repeat(32)}` };
    const text = formatRegistryReference(reference);
    expect(text).toBe(`127.0.0.1:5000/team/accel/img:3@sha256:${"ab".repeat(32)}`);
    expect(parseRegistryReference(text)).toEqual(reference);
  });

  it("refuse a reference without a digest", () => {
    expect(parseRegistryReference("127.0.0.1:5000/img:3")).toBeNull();
  });
});
