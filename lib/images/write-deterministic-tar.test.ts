import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDeterministicTar, type TarEntry } from "./write-deterministic-tar";

// GNU tar reads the result: an independent parser, not the library that wrote it.

const run = promisify(execFile);
const MTIME = new Date("2026-11-30T12:00:00.000Z");
const DATA = randomBytes(200_000 + 7); // not a multiple of 512: exercises the padding

let root: string;
let dataPath: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "accel-tar-test-"));
  dataPath = path.join(root, "data.bin");
  await writeFile(dataPath, DATA);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const ENTRIES: TarEntry[] = [
  { name: "z/b.bin", kind: "file", path: "", sizeBytes: DATA.length },
  { name: "z/", kind: "directory" },
  { name: "a.json", kind: "bytes", bytes: Buffer.from('{"a":1}') },
];

function entries(): TarEntry[] {
  return ENTRIES.map((entry) => (entry.kind === "file" ? { ...entry, path: dataPath } : entry));
}

describe("writeDeterministicTar", () => {
  it("writes sorted entries owned by 0:0 with fixed modes and mtime, and returns the file's sha256 and size", async () => {
    const dir = await mkdtemp(path.join(root, "case-"));
    const outPath = path.join(dir, "out.tar");
    const written = await writeDeterministicTar({ entries: entries(), mtime: MTIME, outPath });

    const bytes = await readFile(outPath);
    expect(written).toEqual({ sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.length });
    const { stdout } = await run("tar", ["--list", "--verbose", "--numeric-owner", "--full-time", "--utc", "--file", outPath]);
    const lines = stdout.trim().split("\n").map((line) => line.split(/\s+/));
    expect(lines.map(([mode, owner, size, date, time, name]) => ({ mode, owner, size, at: `${date}T${time}`, name }))).toEqual([
      { mode: "-rw-r--r--", owner: "0/0", size: "7", at: "2026-11-30T12:00:00", name: "a.json" },
      { mode: "drwxr-xr-x", owner: "0/0", size: "0", at: "2026-11-30T12:00:00", name: "z/" },
      { mode: "-rw-r--r--", owner: "0/0", size: String(DATA.length), at: "2026-11-30T12:00:00", name: "z/b.bin" },
    ]);
    const extracted = path.join(dir, "x");
    await mkdir(extracted);
    await run("tar", ["--extract", "--file", outPath, "--directory", extracted]);
    expect((await readFile(path.join(extracted, "z", "b.bin"))).equals(DATA)).toBe(true);
  });

  it("gives the same bytes whatever the order the entries come in", async () => {
    const dir = await mkdtemp(path.join(root, "case-"));
    const first = await writeDeterministicTar({ entries: entries(), mtime: MTIME, outPath: path.join(dir, "1.tar") });
    const second = await writeDeterministicTar({ entries: entries().reverse(), mtime: MTIME, outPath: path.join(dir, "2.tar") });
    expect(second).toEqual(first);
  });

  it("fails on a file that is not the size it was stat'ed at, and removes the partial tar", async () => {
    const dir = await mkdtemp(path.join(root, "case-"));
    const shrunk: TarEntry = { name: "b.bin", kind: "file", path: dataPath, sizeBytes: DATA.length - 1 };
    await expect(writeDeterministicTar({ entries: [shrunk], mtime: MTIME, outPath: path.join(dir, "out.tar") })).rejects.toThrow(/size mismatch/i);
    expect(await readdir(dir)).toEqual([]);
  });

  it("passes on a source file's error and removes the partial tar", async () => {
    const dir = await mkdtemp(path.join(root, "case-"));
    const gone: TarEntry = { name: "b.bin", kind: "file", path: path.join(dir, "gone.bin"), sizeBytes: 10 };
    await expect(writeDeterministicTar({ entries: [gone], mtime: MTIME, outPath: path.join(dir, "out.tar") })).rejects.toMatchObject({ code: "ENOENT" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("never writes into an existing file", async () => {
    const dir = await mkdtemp(path.join(root, "case-"));
    const outPath = path.join(dir, "taken.tar");
    await writeFile(outPath, "someone else's");
    await expect(writeDeterministicTar({ entries: entries(), mtime: MTIME, outPath })).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(outPath, "utf8")).toBe("someone else's");
  });
});
