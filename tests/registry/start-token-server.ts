import { execFile } from "node:child_process";
import { createPrivateKey, randomBytes, sign, X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";

// A token service for docker-registry's `auth: token` mode, so that tests meet the
// Bearer challenge registries such as ACR and Docker Hub send. What it issues follows
// the distribution docs: spec/auth/token.md (GET <realm>?service=…&scope=…, answered
// {"token", "access_token", "expires_in"}) and spec/auth/jwt.md (an ES256 JWT whose
// header carries the signing certificate in x5c, claims iss/sub/aud/exp/nbf/iat/jti and
// `access`: [{type, name, actions}]). The registry trusts the certificate through its
// rootcertbundle.

export type TokenServer = {
  realm: string;
  service: string;
  issuer: string;
  /** PEM file of the signing certificate, for the registry's rootcertbundle. */
  certFile: string;
  /** Each request's decoded basic user (or null) and scope, oldest first. */
  requests: { user: string | null; scope: string | null }[];
  /** A token for `scope` issued without asking for credentials. */
  issue: (scope: string, user?: string) => string;
  close: () => Promise<void>;
};

export async function startTokenServer(options: { dir: string; username: string; password: string }): Promise<TokenServer> {
  const keyFile = path.join(options.dir, "token-key.pem");
  const certFile = path.join(options.dir, "token-cert.pem");
  await promisify(execFile)("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=accel-test-token",
  ]);
  const key = createPrivateKey(await readFile(keyFile));
  const certDer = new X509Certificate(await readFile(certFile)).raw.toString("base64");
  const service = "accel-test-registry";
  const issuer = "accel-test-issuer";
  const requests: TokenServer["requests"] = [];

  const issue = (scope: string, user = options.username) => {
    const now = Math.floor(Date.now() / 1000);
    // token.md "Requesting a Token": scope is resourcetype:resourcename:action[,action].
    const [type, name, actions] = [scope.slice(0, scope.indexOf(":")), scope.slice(scope.indexOf(":") + 1, scope.lastIndexOf(":")), scope.slice(scope.lastIndexOf(":") + 1)];
    const header = { typ: "JWT", alg: "ES256", x5c: [certDer] };
    const claims = { iss: issuer, sub: user, aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomBytes(8).toString("hex"), access: [{ type, name, actions: actions.split(",") }] };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    // JWS ES256 (RFC 7518 §3.4): the signature is R || S, 32 bytes each, not DER.
    const signature = sign("sha256", Buffer.from(signingInput), { key, dsaEncoding: "ieee-p1363" });
    return `${signingInput}.${signature.toString("base64url")}`;
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://token");
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const [user, password] = basic ? Buffer.from(basic, "base64").toString().split(/:(.*)/s) : [null, null];
    const scope = url.searchParams.get("scope");
    requests.push({ user, scope });
    response.setHeader("content-type", "application/json");
    if (user !== options.username || password !== options.password || !scope || url.searchParams.get("service") !== service) {
      response.writeHead(401).end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "the token service refused these credentials", detail: null }] }));
      return;
    }
    const token = issue(scope, user);
    response.writeHead(200).end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    issue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}
