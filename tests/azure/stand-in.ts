import https from "node:https";
import type { AddressInfo } from "node:net";

// A local stand-in for the Azure endpoints the workspace link talks to, serving their
// documented REST shapes (AZURE.md): Microsoft Entra ID's OpenID configuration and token
// endpoint, and the Azure Resource Manager paths of one Machine Learning workspace —
// workspace, datastores (with their secrets), model containers and versions (listed with
// paging and property filters, created by PUT). HTTPS, as the SDKs insist, with a
// certificate the test process trusts (NODE_EXTRA_CA_CERTS, tests/global-setup.ts).
// Blob storage itself is Azurite (tests/azure/azurite.ts).

export type StandInModelVersion = { version: string; properties: Record<string, unknown> };
export type StandInDatastore = { accountName: string; containerName: string; credentialsType: "AccountKey" | "Sas" | "None"; key?: string; sasToken?: string; isDefault?: boolean };
export type StandIn = {
  url: string;
  /** What the stand-in holds and how it misbehaves; tests change it between calls. */
  state: {
    clientSecret: string;
    subscriptionId: string;
    resourceGroup: string;
    workspace: string;
    /** Answer 403 to model listing (the identity may read the workspace but not its models). */
    isModelListForbidden: boolean;
    models: Map<string, StandInModelVersion[]>;
    datastores: Map<string, StandInDatastore>;
    pageSize: number;
  };
  requests: string[];
  close: () => Promise<void>;
};

const API = "Microsoft.MachineLearningServices";
const MANAGEMENT = "https://management.azure.com";

/** An access token shaped as Entra ID issues them (a JWT), for the audience the scope asks; Azurite's basic OAuth reads aud, iss and the times, not the signature. */
function accessToken(scope: string, tenant: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const aud = scope.split(" ").find((s) => s.endsWith("/.default"))?.replace(/\/\.default$/, "") ?? MANAGEMENT;
  return `${part({ alg: "RS256", typ: "JWT" })}.${part({ aud, iss: `https://sts.windows.net/${tenant}/`, iat: now - 60, nbf: now - 60, exp: now + 3600, oid: "stand-in-principal", tid: tenant })}.c3RhbmQtaW4`;
}

function audienceOf(authorization: string | undefined): string | null {
  const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
  try {
    return token ? (JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as { aud?: string }).aud ?? null : null;
  } catch {
    return null;
  }
}

export async function startAzureStandIn(options: { key: string; cert: string; port?: number }): Promise<StandIn> {
  const requests: string[] = [];
  const state: StandIn["state"] = { clientSecret: "stand-in-secret", subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "vision-rg", workspace: "vision-ws", isModelListForbidden: false, models: new Map(), datastores: new Map(), pageSize: 2 };
  let url = "";
  const server = https.createServer({ key: options.key, cert: options.cert }, (request, response) => {
    const reply = (status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const armError = (status: number, code: string, message: string) => reply(status, { error: { code, message } });
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const at = new URL(request.url ?? "/", url);
      requests.push(`${request.method} ${at.pathname}`);
      const tenant = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(at.pathname);
      if (tenant) {
        const base = `${url}/${tenant[1]}`;
        return reply(200, { authorization_endpoint: `${base}/oauth2/v2.0/authorize`, token_endpoint: `${base}/oauth2/v2.0/token`, issuer: `${base}/v2.0`, jwks_uri: `${base}/discovery/v2.0/keys` });
      }
      const tokenTenant = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(at.pathname)?.[1];
      if (tokenTenant) {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        if (form.get("client_secret") !== state.clientSecret) return reply(401, { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." });
        return reply(200, { token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: accessToken(form.get("scope") ?? "", tokenTenant) });
      }
      if (audienceOf(request.headers.authorization) !== MANAGEMENT) return armError(401, "InvalidAuthenticationToken", "The access token is invalid.");
      const workspacePath = `/subscriptions/${state.subscriptionId}/resourceGroups/${state.resourceGroup}/providers/${API}/workspaces/`;
      if (!at.pathname.toLowerCase().startsWith(workspacePath.toLowerCase())) return armError(404, "ResourceGroupNotFound", `Resource group could not be found.`);
      const [workspace, ...rest] = at.pathname.slice(workspacePath.length).split("/").map(decodeURIComponent);
      if (workspace.toLowerCase() !== state.workspace.toLowerCase()) return armError(404, "ResourceNotFound", `The Resource '${API}/workspaces/${workspace}' under resource group '${state.resourceGroup}' was not found.`);
      const id = `${workspacePath}${state.workspace}`;
      if (rest.length === 0) return reply(200, { id, name: state.workspace, type: `${API}/workspaces`, location: "westus2", properties: { friendlyName: state.workspace, discoveryUrl: url } });
      const page = <T>(items: T[]) => {
        const skip = Number(at.searchParams.get("$skip") ?? 0);
        const next = skip + state.pageSize < items.length ? new URL(at.href) : null;
        next?.searchParams.set("$skip", String(skip + state.pageSize));
        return reply(200, { value: items.slice(skip, skip + state.pageSize), ...(next ? { nextLink: next.href } : {}) });
      };
      if (rest[0] === "datastores") return datastores(rest.slice(1));
      if (rest[0] !== "models") return armError(404, "NotFound", `No route ${at.pathname}`);
      if (state.isModelListForbidden) return armError(403, "AuthorizationFailed", "The client does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/models/read'.");
      const container = (name: string, versions: StandInModelVersion[]) => ({ id: `${id}/models/${name}`, name, type: `${API}/workspaces/models`, properties: { latestVersion: versions.at(-1)?.version, nextVersion: String(Math.max(0, ...versions.map((v) => Number(v.version) || 0)) + 1), description: null, tags: {} } });
      if (rest.length === 1) return page([...state.models].map(([name, versions]) => container(name, versions)));
      const name = rest[1];
      const versions = state.models.get(name);
      const asVersion = (v: StandInModelVersion) => ({ id: `${id}/models/${name}/versions/${v.version}`, name: v.version, type: `${API}/workspaces/models/versions`, systemData: { createdAt: "2026-11-30T10:00:00Z" }, properties: v.properties });
      if (rest.length === 4 && rest[2] === "versions" && request.method === "PUT") return putVersion(name, rest[3], asVersion);
      if (!versions) return armError(404, "UserError", `Could not find asset with name ${name}`);
      if (rest.length === 2) return reply(200, container(name, versions));
      if (rest.length === 3 && rest[2] === "versions") {
        // The documented `properties` filter: name=value pairs separated by commas.
        const wanted = (at.searchParams.get("properties") ?? "").split(",").filter(Boolean).map((pair) => pair.split("="));
        const matches = versions.filter((v) => wanted.every(([k, value]) => (v.properties.properties as Record<string, string> | undefined)?.[k] === value));
        return page(matches.map(asVersion));
      }
      const one = versions.find((v) => v.version === rest[3]);
      return one ? reply(200, asVersion(one)) : armError(404, "UserError", `Could not find version ${rest[3]} of ${name}`);

      function putVersion(modelName: string, version: string, show: typeof asVersion) {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { properties: Record<string, unknown> };
        const list = state.models.get(modelName) ?? [];
        const taken = list.find((v) => v.version === version);
        if (taken && taken.properties.modelUri !== body.properties.modelUri) return armError(409, "UserError", `Version ${version} of ${modelName} already exists with different contents.`);
        const created = { version, properties: body.properties };
        if (!taken) state.models.set(modelName, [...list, created]);
        return reply(taken ? 200 : 201, show(taken ?? created));
      }
      function datastores(path: string[]) {
        const show = ([name, d]: [string, StandInDatastore]) => ({ id: `${id}/datastores/${name}`, name, type: `${API}/workspaces/datastores`, properties: { datastoreType: "AzureBlob", accountName: d.accountName, containerName: d.containerName, endpoint: "core.windows.net", protocol: "https", isDefault: d.isDefault ?? false, credentials: { credentialsType: d.credentialsType } } });
        if (path.length === 0) return reply(200, { value: [...state.datastores].filter(([, d]) => at.searchParams.get("isDefault") !== "true" || d.isDefault).map(show) });
        const found = state.datastores.get(path[0]);
        if (!found) return armError(404, "UserError", `Datastore ${path[0]} was not found.`);
        if (path.length === 1) return reply(200, show([path[0], found]));
        if (path[1] === "listSecrets" && request.method === "POST") {
          if (found.credentialsType === "None") return armError(400, "UserError", "An identity-based datastore has no secrets.");
          return reply(200, found.credentialsType === "Sas" ? { secretsType: "Sas", sasToken: found.sasToken } : { secretsType: "AccountKey", key: found.key });
        }
        return armError(404, "NotFound", `No route ${at.pathname}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, state, requests, close };
}
