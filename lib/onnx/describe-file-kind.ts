// Recognises common non-ONNX files by their magic numbers, so an upload error can say
// what the file is. Signatures: JPEG FF D8 FF, PNG 89 'PNG', GIF 'GIF8', PDF '%PDF',
// ZIP 'PK\3\4' (PyTorch .pt and Keras .keras files are ZIP archives), gzip 1F 8B,
// HDF5 89 'HDF' (Keras .h5), TFLite 'TFL3' at offset 4, RIFF…WEBP.
const SIGNATURES: [offset: number, bytes: number[], kind: string][] = [
  [0, [0xff, 0xd8, 0xff], "a JPEG image"],
  [0, [0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [0, [0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [0, [0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [0, [0x50, 0x4b, 0x03, 0x04], "a ZIP archive (PyTorch .pt and Keras .keras files are ZIP archives)"],
  [0, [0x1f, 0x8b], "a gzip-compressed file"],
  [0, [0x89, 0x48, 0x44, 0x46], "an HDF5 file (such as a Keras .h5 model)"],
  [4, [0x54, 0x46, 0x4c, 0x33], "a TensorFlow Lite model"],
  [8, [0x57, 0x45, 0x42, 0x50], "a WebP image"],
];

/** A phrase naming the kind of file ("a JPEG image"), or null when it is not recognised. */
export function describeFileKind(bytes: Uint8Array): string | null {
  for (const [offset, signature, kind] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[offset + i] === byte)) return kind;
  }
  return looksLikeText(bytes) ? "a text file" : null;
}

// ONNX files start with binary protobuf tags (0x08 for ir_version), never with text.
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  if (head.length === 0) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length < bytes.length ? trimPartialChar(head) : head);
  } catch {
    return false;
  }
  return head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

// A 1 KB window can cut a multi-byte UTF-8 character; drop the unfinished tail.
function trimPartialChar(head: Uint8Array): Uint8Array {
  let end = head.length;
  while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && head[end - 1] >= 0xc0) end--;
  return head.subarray(0, end);
}
