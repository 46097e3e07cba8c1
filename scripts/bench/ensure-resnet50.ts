import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** ResNet-50 with seeded random weights (102 MB, ../shared/tools/make-resnet.py), made once and kept in the temp folder. */
export function ensureResnet50(): string {
  const file = path.join(tmpdir(), "accel-bench-resnet50.onnx");
  if (existsSync(file)) return file;
  console.log("making ResNet-50 with ../shared/tools/make-resnet.py (needs Debian's python3-onnx)…");
  try {
    execFileSync("/usr/bin/python3", [path.resolve("..", "shared", "tools", "make-resnet.py"), file], { stdio: "inherit" });
  } catch {
    console.error("could not make ResNet-50: install python3-onnx (apt-get install python3-onnx) and try again");
    process.exit(1);
  }
  return file;
}
