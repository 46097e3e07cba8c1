import { zipSync, type Zippable } from "fflate";

// A TensorFlow.js graph model is a folder (model.json and the weight shards it names),
// and the API takes one file: the browser packs the folder into a .zip, the archive form
// the server reads (lib/tensorflow/read-archive.ts, model.json at the top), as the CLI
// packs a folder path into a .tar.gz (lib/tensorflow/archive-model-folder.ts).

/** A folder's files by their path inside it ("model.json", "group1-shard1of2"). */
export type ModelFolder = { name: string; files: { path: string; file: File }[] };

// Finder's and Explorer's droppings, and version-control folders: never part of a model.
const IGNORED = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\.git|__MACOSX)(\/|$)/;

/** The folder an <input webkitdirectory> chose: each file's webkitRelativePath starts with the folder's name. */
export function folderFromInput(list: FileList | File[]): ModelFolder | null {
  const files = Array.from(list);
  if (!files.length) return null;
  const name = (files[0].webkitRelativePath || files[0].name).split("/")[0];
  return {
    name,
    files: files
      .map((file) => ({ path: (file.webkitRelativePath || file.name).split("/").slice(1).join("/") || file.name, file }))
      .filter((f) => !IGNORED.test(f.path)),
  };
}

/** Walks a dropped folder (DataTransferItem.webkitGetAsEntry) and reads every file in it. */
export async function folderFromEntry(entry: FileSystemDirectoryEntry): Promise<ModelFolder> {
  const files: ModelFolder["files"] = [];
  const walk = async (directory: FileSystemDirectoryEntry, prefix: string) => {
    for (const child of await readAllEntries(directory)) {
      const path = `${prefix}${child.name}`;
      if (IGNORED.test(path)) continue;
      if (isDirectory(child)) await walk(child, `${path}/`);
      else if (isFile(child)) files.push({ path, file: await new Promise<File>((resolve, reject) => child.file(resolve, reject)) });
    }
  };
  await walk(entry, "");
  return { name: entry.name, files };
}

/** What is wrong with a folder as a TensorFlow model, or null: it needs a model.json (or one frozen .pb). */
export function modelFolderProblem(folder: ModelFolder): string | null {
  if (!folder.files.length) return `The folder "${folder.name}" is empty.`;
  const names = folder.files.map((f) => f.path.split("/").at(-1) ?? "");
  if (names.includes("model.json") || names.some((n) => n.endsWith(".pb"))) return null;
  return `The folder "${folder.name}" holds no model.json: a TensorFlow.js graph model is a folder with model.json and its weight shards.`;
}

/**
 * The folder as `<name>.zip`. model.json (text) is deflated; weight shards barely
 * compress, so they are stored, which keeps packing a large model fast.
 */
export function packModelFolder(folder: ModelFolder): Promise<File> {
  return Promise.all(folder.files.map(async (f) => [f.path, new Uint8Array(await f.file.arrayBuffer())] as const)).then((entries) => {
    const zippable: Zippable = {};
    for (const [path, bytes] of entries) zippable[path] = [bytes, { level: /\.(json|txt|pbtxt)$/i.test(path) ? 6 : 0 }];
    const zipped = zipSync(zippable);
    return new File([zipped.buffer as ArrayBuffer], `${folder.name}.zip`, { type: "application/zip" });
  });
}

function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  // readEntries hands out a directory's entries in batches (100 in Chromium) until it returns none.
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
