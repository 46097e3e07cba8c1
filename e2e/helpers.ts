import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_DATA = path.resolve(here, "..", "..", "shared", "data");
export const SQUEEZENET_PATH = path.join(SHARED_DATA, "models", "squeezenet1.1-caffe2.onnx");
export const JPEG_PATH = path.join(SHARED_DATA, "images", "grace_hopper.jpg");

/** A model name no other test (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** A real drag-and-drop: the file travels in a DataTransfer dispatched on the drop zone. */
export async function dropFile(page: Page, target: Locator, filePath: string): Promise<void> {
  const base64 = (await readFile(filePath)).toString("base64");
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: "application/octet-stream" }));
      return transfer;
    },
    { base64, name: path.basename(filePath) },
  );
  await target.dispatchEvent("dragenter", { dataTransfer });
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}
