// The uploading client of bench:register, in a process of its own at the lowest priority:
// on this one machine it stands in for a user uploading from elsewhere, so its own CPU
// (streaming 102 MB per request) must not count against the studio under test.
import { openAsBlob } from "node:fs";
import os from "node:os";

const [webUrl, file] = process.argv.slice(2);
os.setPriority(19);
let stopping = false;
process.on("message", () => (stopping = true));
let count = 0;
let totalMs = 0;
while (!stopping) {
  const form = new FormData();
  form.append("name", "bench-resnet50");
  form.append("file", await openAsBlob(file), "resnet50.onnx"); // streamed from disk
  const t0 = performance.now();
  const response = await fetch(`${webUrl}/api/v1/models`, { method: "POST", body: form });
  if (response.status !== 201) throw new Error(`registration answered ${response.status}: ${await response.text()}`);
  totalMs += performance.now() - t0;
  count++;
}
process.send!({ count, totalMs });
process.disconnect();
