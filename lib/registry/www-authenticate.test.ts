import { describe, expect, it } from "vitest";
import { parseWwwAuthenticate } from "./www-authenticate";

describe("parseWwwAuthenticate", () => {
  it("reads distribution's Basic challenge", () => {
    expect(parseWwwAuthenticate('Basic realm="basic-realm"')).toEqual([{ scheme: "basic", params: { realm: "basic-realm" } }]);
  });

  it("keeps the commas inside a quoted scope", () => {
    const header = 'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/img:pull,push"';
    expect(parseWwwAuthenticate(header)).toEqual([
      { scheme: "bearer", params: { realm: "https://auth.example.com/token", service: "registry.example.com", scope: "repository:team/img:pull,push" } },
    ]);
  });

  it("splits several challenges, with spaces, tokens and quoted pairs", () => {
    const header = 'Basic realm="a \\"quoted\\" realm", charset=UTF-8, Bearer realm="https://t/x" , error="invalid_token"';
    expect(parseWwwAuthenticate(header)).toEqual([
      { scheme: "basic", params: { realm: 'a "quoted" realm', charset: "UTF-8" } },
      { scheme: "bearer", params: { realm: "https://t/x", error: "invalid_token" } },
    ]);
  });

  it("reads a bare scheme and nothing from an empty header", () => {
    expect(parseWwwAuthenticate("Basic")).toEqual([{ scheme: "basic", params: {} }]);
    expect(parseWwwAuthenticate("")).toEqual([]);
  });
});
