import { InferenceSession } from "onnxruntime-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { evictSession, getSession } from "./session-cache";
import { sharedModel } from "./test-helpers";

const model = sharedModel("mobilenetv2-int8");

describe("session cache", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("creates one session for concurrent callers of the same digest, and a new one after eviction", async () => {
    const create = vi.spyOn(InferenceSession, "create");
    const digest = `concurrent-${Date.now()}`;
    const [a, b] = await Promise.all([
      getSession({ digest, modelPath: model.path }),
      getSession({ digest, modelPath: model.path }),
    ]);
    expect(a).toBe(b);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await getSession({ digest, modelPath: model.path })).toBe(a);

    expect(await evictSession(digest)).toBe(true);
    expect(await evictSession(digest)).toBe(false);
    const c = await getSession({ digest, modelPath: model.path });
    expect(c).not.toBe(a);
    expect(create).toHaveBeenCalledTimes(2);
    await evictSession(digest);
  });

  it("reports an unloadable model and tries again on the next call", async () => {
    const digest = `missing-${Date.now()}`;
    const error = await getSession({ digest, modelPath: "/nonexistent/model.onnx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unsupported_model");
    const session = await getSession({ digest, modelPath: model.path });
    expect(session.inputNames).toEqual(["input"]);
    await evictSession(digest);
  });
});
