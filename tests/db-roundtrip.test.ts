import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";

// Proves the hand-written migration SQL and prisma/schema.prisma agree: every model is
// written and read back through the Prisma client against the migrated database.

afterAll(disconnectDb);

describe("schema round-trip", () => {
  it("writes and reads every model with its relations", async () => {
    const worker = await db.worker.create({ data: { id: "w-1", hostname: "host", pid: 42, scoringUrl: "http://127.0.0.1:1" } });
    const parent = await db.model.create({
      data: {
        name: "resnet50", version: 1, digest: "a".repeat(64), sizeBytes: 102_576_593n,
        inputs: [{ name: "data", dtype: "float32", shape: ["N", 3, 224, 224] }],
        outputs: [{ name: "out", dtype: "float32", shape: ["N", 1000] }],
        graph: { macs: 4_089_184_256 }, tags: { team: "vision" }, catalogId: "resnet50",
        preprocessing: { code: "P1" },
      },
    });
    const converted = await db.model.create({
      data: { name: "resnet50", version: 2, framework: "accel_onnx", digest: "b".repeat(64), sizeBytes: 1n, inputs: [], outputs: [], graph: {}, parentId: parent.id },
    });
    const pull = await db.modelPull.create({ data: { catalogId: "resnet50", state: "Succeeded", bytesDone: 5n, bytesTotal: 5n, modelId: parent.id } });
    const conversion = await db.conversion.create({
      data: { sourceModelId: parent.id, inputTensors: ["data"], outputTensors: ["out"], precision: "ms_fp9", state: "Succeeded", progress: 1, resultModelId: converted.id, accuracyReport: { top1Agreement: 0.99 } },
    });
    const image = await db.image.create({ data: { name: "img", version: 1, modelId: converted.id, state: "Succeeded", digest: "c".repeat(64), sizeBytes: 10n } });
    const compute = await db.compute.create({ data: { name: "fpga-cluster", agentCount: 2, region: "westus2", errors: [{ code: "QuotaExceeded", message: "x" }] } });
    const node = await db.computeNode.create({ data: { computeId: compute.id, name: "node-0", workerId: worker.id, loadedDigest: converted.digest } });
    const service = await db.service.create({ data: { name: "svc", imageId: image.id, computeId: compute.id, replicas: 1, state: "Healthy", primaryKeyHash: "h" } });
    await db.serviceReplica.create({ data: { serviceId: service.id, nodeId: node.id, ready: true } });
    await db.resourceLog.create({ data: { resourceKind: "service", resourceId: service.id, level: "warn", message: "hello" } });
    await db.regionQuota.create({ data: { region: "eastus", limitVcpus: 60 } });

    const read = await db.service.findUniqueOrThrow({
      where: { name: "svc" },
      include: { image: { include: { model: { include: { parent: true, resultOfConversion: true } } } }, compute: { include: { nodes: { include: { worker: true } } } }, replicaPlacements: true },
    });
    expect(read.image.model.parent?.tags).toEqual({ team: "vision" });
    expect(read.image.model.framework).toBe("accel_onnx");
    expect(read.image.model.resultOfConversion?.id).toBe(conversion.id);
    expect(read.compute.nodes[0].worker?.pid).toBe(42);
    expect(read.replicaPlacements).toHaveLength(1);
    expect((await db.modelPull.findUniqueOrThrow({ where: { id: pull.id } })).bytesTotal).toBe(5n);
    expect((await db.conversion.findUniqueOrThrow({ where: { id: conversion.id } })).precision).toBe("ms_fp9");
    expect(await db.resourceLog.count({ where: { resourceId: service.id } })).toBe(1);
    expect((await db.regionQuota.findUniqueOrThrow({ where: { region: "eastus" } })).limitVcpus).toBe(60);
  });

  it("enforces one version number per model name", async () => {
    const data = { name: "dup", version: 1, digest: "d".repeat(64), sizeBytes: 1n, inputs: [], outputs: [], graph: {} };
    await db.model.create({ data });
    await expect(db.model.create({ data })).rejects.toThrow();
  });

  it("refuses to delete a model an image still references", async () => {
    const model = await db.model.create({ data: { name: "pinned", version: 1, digest: "e".repeat(64), sizeBytes: 1n, inputs: [], outputs: [], graph: {} } });
    await db.image.create({ data: { name: "pinned-img", version: 1, modelId: model.id } });
    await expect(db.model.delete({ where: { id: model.id } })).rejects.toThrow();
  });
});
