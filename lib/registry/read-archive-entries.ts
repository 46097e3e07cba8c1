import { open } from "node:fs/promises";

export type ArchiveEntry = { offset: number; size: number };

// POSIX ustar (pax spec, "ustar Interchange Format"): 512-byte blocks; a header holds
// name (0, 100 bytes), size (124, 12 bytes octal), typeflag (156), prefix (345, 155 bytes).
// A pax extended header (typeflag "x") carries "<len> path=<name>\n" records for the
// next entry. Two zero blocks end the archive.
const BLOCK = 512;

/**
 * Where each regular file of a tar lies in it (name → byte offset and size of its data),
 * read from the headers alone: the data is skipped, so a 100 MB layer costs one seek.
 */
export async function readArchiveEntries(file: string): Promise<Map<string, ArchiveEntry>> {
  const entries = new Map<string, ArchiveEntry>();
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    let paxPath: string | undefined;
    for (;;) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, position);
      if (bytesRead < BLOCK || header.every((byte) => byte === 0)) break;
      const size = parseInt(field(header, 124, 12).trim() || "0", 8);
      const type = String.fromCharCode(header[156] || 0x30);
      const dataOffset = position + BLOCK;
      if (type === "x") {
        const records = Buffer.alloc(size);
        await handle.read(records, 0, size, dataOffset);
        paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(records.toString("utf8"))?.[1];
      } else {
        if (type === "0") {
          const prefix = field(header, 345, 155);
          entries.set(paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100)), { offset: dataOffset, size });
        }
        paxPath = undefined;
      }
      position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await handle.close();
  }
  return entries;
}

function field(header: Buffer, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString("utf8");
}
