import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as versionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import * as downloadRoute from "@/app/api/v1/models/[name]/versions/[version]/download/route";
import { toAppError, withApi } from "@/lib/api";
import { artifactPath } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { captureLogs } from "@/lib/logging";
import { env } from "@/lib/env";
import { AppError, toProblem } from "@/lib/errors";
import { call, listArtifactFiles, modelForm, postModel, SQUEEZENET, uniqueName } from "./helpers";

// Bad input is the caller's 400, never our 500; a 500 tells nothing about our disk or our
// network; a problem's standard members are ours alone.

afterAll(disconnectDb);

const register = async (name: string, fields: Record<string, string> = {}) =>
  postModel(await modelForm({ name, ...fields }, { path: SQUEEZENET }));

describe("a NUL character in any text answers 400, not 500", () => {
  it("in a tag filter", async () => {
    const res = await call(modelsRoute.GET, { url: "/api/v1/models?tag=%00" });
    expect(res).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    expect(res.body.detail).toMatch(/NUL/);
    expect((await call(modelsRoute.GET, { url: "/api/v1/models?tag=team%3Dvi%00sion" })).status).toBe(400);
  });

  it("in a PATCH of the description or of a tag value", async () => {
    const name = uniqueName("nul");
    await register(name);
    for (const body of [{ description: "a\u0000b" }, { tags: { team: "vi\u0000sion" } }]) {
      const res = await call(versionRoute.PATCH, { method: "PATCH", params: { name, version: "1" }, body: JSON.stringify(body) });
      expect(res).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    }
    expect((await db.model.findFirstOrThrow({ where: { name } })).description).toBe("");
  });

  it("in an upload's description or tags, leaving no row and no file", async () => {
    const before = { rows: await db.model.count(), files: await listArtifactFiles() };
    const cases: Record<string, string>[] = [{ description: "x\u0000" }, { tags: JSON.stringify({ team: "\u0000" }) }];
    for (const fields of cases) {
      const res = await register(uniqueName("nul-upload"), fields);
      expect(res).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    }
    expect(await db.model.count()).toBe(before.rows);
    expect(await listArtifactFiles()).toEqual(before.files);
  });

  it("and a NUL that reaches Postgres past a schema is still the caller's 400", async () => {
    const error = await db.model.findMany({ where: { description: "a\u0000" } }).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: "validation_failed", status: 400 });
  });
});

describe("5xx answers leak nothing", () => {
  it("an unexpected error is a generic 500: no message, no stack, no path; the log has it", async () => {
    const logs = captureLogs();
    try {
      const handler = withApi(async () => {
        throw new Error(`ENOENT: no such file, open '${env().ARTIFACT_DIR}/secret'`);
      });
      const res = await call(handler, { url: "/api/v1/boom" });
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ code: "internal", detail: "Something went wrong on the server. The error has been logged." });
      expect(JSON.stringify(res.body)).not.toMatch(/ENOENT|secret|at .*\.ts/);
      expect(logs.records.some((r) => r.level >= 50 && r.requestId === res.body.requestId && r.err?.message.includes("ENOENT"))).toBe(true);
    } finally {
      logs.stop();
    }
  });

  it("a model row whose file is gone is a logged 500 artifact_missing, not model_not_found", async () => {
    const name = uniqueName("lost");
    const { body } = await register(name);
    await rm(artifactPath(body.digest));
    const logs = captureLogs();
    try {
      const res = await call(downloadRoute.GET, { params: { name, version: "1" } });
      expect(res.status).toBe(500);
      expect(res.body.code).toBe("artifact_missing");
      expect(JSON.stringify(res.body)).not.toContain(env().ARTIFACT_DIR);
      expect(logs.records.map((r) => r.msg).join("\n")).toContain(artifactPath(body.digest));
    } finally {
      logs.stop();
    }
  });
});

describe("problem details", () => {
  it("keep their standard members whatever the details say", () => {
    const problem = toProblem(new AppError("not_found", "No such thing.", { status: 200, type: "about:blank", title: "OK", detail: "fine", code: "ok", instance: "/x", field: "kept" }), { instance: "/api/v1/real" });
    expect(problem).toMatchObject({ status: 404, code: "not_found", title: "Not found", detail: "No such thing.", type: "https://accel.studio/problems/not-found", instance: "/api/v1/real", field: "kept" });
  });
});
