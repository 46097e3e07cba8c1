import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { closeChangeFeed } from "@/lib/db/notified-cache";
import { readServiceView, serviceViewCacheState } from "@/lib/services/service-view-cache";
import { uniqueName } from "./helpers";

// A scoring node keeps its services' views in memory, and a committed change, by any
// code, reaches it through the triggers' notifications: the cache is only as good as
// that promise, so both halves are checked against the real database.

afterAll(async () => {
  await closeChangeFeed();
  await disconnectDb();
});

async function createService() {
  const name = uniqueName("view");
  const model = { name: `${name}-m`, version: 1, digest: randomBytes(32).toString("hex"), sizeBytes: 0n, inputs: [], outputs: [], graph: {} };
  await db.service.create({
    data: { name, primaryKeyHash: "a", image: { create: { name: `${name}-i`, version: 1, model: { create: model } } }, compute: { create: { name: name.slice(0, 16) } } },
  });
  return name;
}

const setKeyHash = (name: string, hash: string) => db.$executeRaw`UPDATE services SET primary_key_hash = ${hash} WHERE name = ${name}`;

describe("the service view cache", () => {
  it("answers from memory once its listener has heard its own probe", async () => {
    const name = await createService();
    expect((await readServiceView(name))?.primaryKeyHash).toBe("a");
    await vi.waitFor(() => expect(serviceViewCacheState().isTrusted).toBe(true), { timeout: 5_000, interval: 10 });
    await readServiceView(name);
    // With the trigger off, a change is invisible to the cache: proof that reads come from memory.
    await db.$executeRawUnsafe("ALTER TABLE services DISABLE TRIGGER services_notify_service_view");
    try {
      await setKeyHash(name, "b");
      await new Promise((r) => setTimeout(r, 50));
      expect((await readServiceView(name))?.primaryKeyHash).toBe("a");
    } finally {
      await db.$executeRawUnsafe("ALTER TABLE services ENABLE TRIGGER services_notify_service_view");
    }
  });

  it("sees a committed change to the service, its replicas or its nodes as soon as the notification lands", async () => {
    const name = await createService();
    await vi.waitFor(() => expect(serviceViewCacheState().isTrusted).toBe(true), { timeout: 5_000, interval: 10 });
    expect((await readServiceView(name))?.primaryKeyHash).toBe("a");
    await setKeyHash(name, "c");
    // The notification is sent at commit on another connection; it arrives within a loop turn or two.
    await vi.waitFor(async () => expect((await readServiceView(name))?.primaryKeyHash).toBe("c"), { timeout: 1_000, interval: 1 });
    const service = await db.service.findUniqueOrThrow({ where: { name } });
    const node = await db.computeNode.create({ data: { computeId: service.computeId, name: `${name}-n0` } });
    await db.serviceReplica.create({ data: { serviceId: service.id, nodeId: node.id, replicaIndex: 0 } });
    await vi.waitFor(async () => expect((await readServiceView(name))?.replicas.map((r) => r.node.name)).toEqual([`${name}-n0`]), { timeout: 1_000, interval: 1 });
    const until = new Date(Date.now() + 60_000);
    await db.computeNode.update({ where: { id: node.id }, data: { reflashUntil: until } });
    await vi.waitFor(async () => expect((await readServiceView(name))?.replicas[0].node.reflashUntil).toEqual(until), { timeout: 1_000, interval: 1 });
    await db.$transaction([db.serviceReplica.deleteMany({ where: { serviceId: service.id } }), db.service.delete({ where: { name } })]);
    await vi.waitFor(async () => expect(await readServiceView(name)).toBeNull(), { timeout: 1_000, interval: 1 });
  });

  it("reads the database on every request while it has no listener", async () => {
    await closeChangeFeed();
    const name = await createService();
    await db.$executeRawUnsafe("ALTER TABLE services DISABLE TRIGGER services_notify_service_view");
    try {
      expect((await readServiceView(name))?.primaryKeyHash).toBe("a");
      await closeChangeFeed(); // the read above started a new listener; stop it again before it is trusted
      await setKeyHash(name, "d");
      expect(serviceViewCacheState().isTrusted).toBe(false);
      expect((await readServiceView(name))?.primaryKeyHash).toBe("d");
    } finally {
      await db.$executeRawUnsafe("ALTER TABLE services ENABLE TRIGGER services_notify_service_view");
    }
  });
});
