import { setTimeout as sleep } from "node:timers/promises";
import * as computeRoute from "@/app/api/v1/computes/[name]/route";
import * as computesRoute from "@/app/api/v1/computes/route";
import * as conversionRoute from "@/app/api/v1/conversions/[id]/route";
import * as conversionsRoute from "@/app/api/v1/conversions/route";
import * as imagesRoute from "@/app/api/v1/images/route";
import * as imageVersionRoute from "@/app/api/v1/images/[name]/versions/[version]/route";
import * as serviceRoute from "@/app/api/v1/services/[name]/route";
import * as servicesRoute from "@/app/api/v1/services/route";
import { call, modelForm, postModel } from "./helpers";

// The pipeline's REST calls as a client makes them, and waiting for a resource to settle
// by polling its GET, as the studio does.

const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

export async function uploadModel(options: { name: string; path: string }) {
  const { status, body } = await postModel(await modelForm({ name: options.name }, { path: options.path }));
  if (status !== 201) throw new Error(`upload failed: ${status} ${JSON.stringify(body)}`);
  return body as { name: string; version: number; inputs: { name: string }[]; outputs: { name: string }[] };
}

export const api = {
  convert: (body: unknown) => call(conversionsRoute.POST, { url: "/api/v1/conversions", ...json(body) }),
  conversion: (id: string) => call(conversionRoute.GET, { params: { id } }),
  buildImage: (body: unknown) => call(imagesRoute.POST, { url: "/api/v1/images", ...json(body) }),
  image: (name: string, version: number) => call(imageVersionRoute.GET, { params: { name, version: String(version) } }),
  deleteImage: (name: string, version: number) => call(imageVersionRoute.DELETE, { method: "DELETE", params: { name, version: String(version) } }),
  createCompute: (body: unknown) => call(computesRoute.POST, { url: "/api/v1/computes", ...json(body) }),
  compute: (name: string) => call(computeRoute.GET, { params: { name } }),
  deleteCompute: (name: string) => call(computeRoute.DELETE, { method: "DELETE", params: { name } }),
  deploy: (body: unknown) => call(servicesRoute.POST, { url: "/api/v1/services", ...json(body) }),
  service: (name: string) => call(serviceRoute.GET, { params: { name } }),
  deleteService: (name: string) => call(serviceRoute.DELETE, { method: "DELETE", params: { name } }),
};

/** Polls `read` until its body's state is one of `states` (or it answers 404 when `states` has "gone"). */
export async function waitForState(read: () => ReturnType<typeof call>, states: string[], timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  let last: Awaited<ReturnType<typeof call>> | undefined;
  while (Date.now() < until) {
    last = await read();
    if (last.status === 404 && states.includes("gone")) return last;
    if (states.includes(last.body?.state)) return last;
    await sleep(100);
  }
  throw new Error(`still ${last?.status} ${last?.body?.state} after ${timeoutMs} ms: ${JSON.stringify(last?.body).slice(0, 2000)}`);
}
