import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as serviceScoreRoute from "@/app/api/v1/services/[name]/score/route";
import { db } from "@/lib/db";
import { createWebListener } from "@/lib/serving/web-listener";
import { call, IMAGES_DIR } from "./helpers";
import { withDeployedService } from "./serving-helpers";

// The studio's score route for a service, POST /api/v1/services/{name}/score: a raw image
// takes web's fast path (web-listener.ts), a form goes through Next's route; both relay
// to the service's scoring URI on its node with the caller's key, and answer alike.

const state = withDeployedService();
let web: http.Server;
let base: string;
const dog = () => readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));

beforeAll(async () => {
  web = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(418).end("next") }));
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
afterAll(() => void web.close());

const fastScore = async (name: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}/api/v1/services/${name}/score?topK=3`, { method: "POST", body: new Uint8Array(await dog()), headers: { "content-type": "image/jpeg", ...headers } });
  return { status: response.status, headers: response.headers, body: await response.json() };
};
const routeScore = async (name: string, headers: Record<string, string> = {}) =>
  call(serviceScoreRoute.POST, { method: "POST", url: `/api/v1/services/${name}/score?topK=3`, params: { name }, body: new Uint8Array(await dog()), headers: { "content-type": "image/jpeg", ...headers } });
const shape = ({ requestId: _id, ...problem }: Record<string, unknown>) => problem;

describe("a service's score route", () => {
  it("scores on the service's node over the fast path, with the caller's key and request id", async () => {
    const { status, headers, body } = await fastScore(state.svc.name, { authorization: `Bearer ${state.svc.keys.primary}`, "x-request-id": "svc-7" });
    expect(status).toBe(200);
    expect(headers.get("x-request-id")).toBe("svc-7");
    expect(body.service.name).toBe(state.svc.name);
    expect(body.top).toHaveLength(3);
    expect(body.top[0].label.toLowerCase()).toBe("golden retriever");
  });

  it("answers every failure as Next's route does", async () => {
    for (const [name, headers, status, code] of [
      [state.svc.name, {}, 401, "unauthenticated"],
      [state.svc.name, { authorization: "Bearer nope" }, 401, "invalid_key"],
      ["no-such-service", {}, 404, "not_found"],
    ] as const) {
      const fast = await fastScore(name, headers);
      const route = await routeScore(name, headers);
      expect([fast.status, fast.body.code]).toEqual([status, code]);
      expect(shape(fast.body)).toEqual(shape(route.body));
    }
  });

  it("refuses a service that is not Healthy, and sees the change as soon as its notification arrives", async () => {
    const score = async () => {
      const { status, body } = await fastScore(state.svc.name, { authorization: `Bearer ${state.svc.keys.primary}` });
      return [status, body.code];
    };
    // The node's cached view of the service empties when Postgres' notification of the
    // commit reaches it (lib/db/notified-cache.ts): an instant on an idle machine, but not
    // before the commit returns here, so the test waits for it rather than racing it.
    await db.service.update({ where: { name: state.svc.name }, data: { state: "Transitioning" } });
    try {
      await expect.poll(score, { timeout: 10_000, interval: 20 }).toEqual([503, "unavailable"]);
    } finally {
      await db.service.update({ where: { name: state.svc.name }, data: { state: "Healthy" } });
    }
    await expect.poll(score, { timeout: 10_000, interval: 20 }).toEqual([200, undefined]);
  });

  it("leaves a form to Next", async () => {
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(await dog())]), "dog.jpg");
    expect((await fetch(`${base}/api/v1/services/${state.svc.name}/score`, { method: "POST", body: form })).status).toBe(418);
  });
});
