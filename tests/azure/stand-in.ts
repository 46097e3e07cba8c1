import https from "node:https";
import type { AddressInfo } from "node:net";

// A local stand-in for the Azure endpoints the workspace link talks to, serving their
// documented REST shapes (AZURE.md): Microsoft Entra ID's OpenID configuration and token
// endpoint, and the Azure Resource Manager paths of one Machine Learning workspace —
// workspace, model containers and versions, with paging. HTTPS, as the SDKs insist, with
// a certificate the test process trusts (NODE_EXTRA_CA_CERTS, tests/global-setup.ts).

export type StandInModelVersion = { version: string; properties: Record<string, unknown> };
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
    pageSize: number;
  };
  requests: string[];
  close: () => Promise<void>;
};

const API = "Microsoft.MachineLearningServices";

export async function startAzureStandIn(options: { key: string; cert: string }): Promise<StandIn> {
  const requests: string[] = [];
  const state: StandIn["state"] = { clientSecret: "stand-in-secret", subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "vision-rg", workspace: "vision-ws", isModelListForbidden: false, models: new Map(), pageSize: 2 };
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
      if (/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(at.pathname)) {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        if (form.get("client_secret") !== state.clientSecret) return reply(401, { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." });
        return reply(200, { token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: "stand-in-access-token" });
      }
      if (request.headers.authorization !== "Bearer stand-in-access-token") return armError(401, "InvalidAuthenticationToken", "The access token is invalid.");
      const workspacePath = `/subscriptions/${state.subscriptionId}/resourceGroups/${state.resourceGroup}/providers/${API}/workspaces/`;
      if (!at.pathname.toLowerCase().startsWith(workspacePath.toLowerCase())) return armError(404, "ResourceGroupNotFound", `Resource group could not be found.`);
      const [workspace, ...rest] = at.pathname.slice(workspacePath.length).split("/").map(decodeURIComponent);
      if (workspace.toLowerCase() !== state.workspace.toLowerCase()) return armError(404, "ResourceNotFound", `The Resource '${API}/workspaces/${workspace}' under resource group '${state.resourceGroup}' was not found.`);
      const id = `${workspacePath}${state.workspace}`;
      if (rest.length === 0) return reply(200, { id, name: state.workspace, type: `${API}/workspaces`, location: "westus2", properties: { friendlyName: state.workspace, discoveryUrl: url } });
      if (rest[0] !== "models") return armError(404, "NotFound", `No route ${at.pathname}`);
      if (state.isModelListForbidden) return armError(403, "AuthorizationFailed", "The client does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/models/read'.");
      const page = <T>(items: T[]) => {
        const skip = Number(at.searchParams.get("$skip") ?? 0);
        const next = skip + state.pageSize < items.length ? new URL(at.href) : null;
        next?.searchParams.set("$skip", String(skip + state.pageSize));
        return reply(200, { value: items.slice(skip, skip + state.pageSize), ...(next ? { nextLink: next.href } : {}) });
      };
      if (rest.length === 1) {
        return page([...state.models].map(([name, versions]) => ({ id: `${id}/models/${name}`, name, type: `${API}/workspaces/models`, properties: { latestVersion: versions.at(-1)?.version, nextVersion: String(versions.length + 1), description: null, tags: {} } })));
      }
      const versions = state.models.get(rest[1]);
      if (!versions) return armError(404, "UserError", `Could not find asset with name ${rest[1]}`);
      const asVersion = (v: StandInModelVersion) => ({ id: `${id}/models/${rest[1]}/versions/${v.version}`, name: v.version, type: `${API}/workspaces/models/versions`, systemData: { createdAt: "2026-11-30T10:00:00Z" }, properties: v.properties });
      if (rest.length === 3 && rest[2] === "versions") return page(versions.map(asVersion));
      const one = versions.find((v) => v.version === rest[3]);
      return one ? reply(200, asVersion(one)) : armError(404, "UserError", `Could not find version ${rest[3]} of ${rest[1]}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, state, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
