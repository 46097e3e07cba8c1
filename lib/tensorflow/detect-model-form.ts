import { archiveKind } from "./read-archive";

export type ModelForm = "onnx" | "tf-graphdef" | "tf-archive";

/**
 * Which reader an upload goes to. A .pb and an .onnx are both bare protobuf, so the name
 * decides between them; archives are known by name or by their first bytes (no ONNX file
 * starts like a ZIP or gzip). Anything else is read as ONNX, as before.
 */
export function detectModelForm(options: { fileName: string; head?: Uint8Array }): ModelForm {
  const name = options.fileName.toLowerCase();
  if (name.endsWith(".pb")) return "tf-graphdef";
  if (/\.(zip|tar|tgz|tar\.gz)$/.test(name)) return "tf-archive";
  if (options.head && archiveKind(options.head)) return "tf-archive";
  return "onnx";
}
