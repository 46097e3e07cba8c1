import type { ModelDto } from "@/lib/models/to-model-dto";
import { toApiError } from "./api-error";
import { csrfHeaders } from "./csrf-headers";

export type UploadProgress = { loaded: number; total: number };

export type UploadModelOptions = {
  file: File;
  name: string;
  description: string;
  tags: Record<string, string>;
  /** Left out, the server decides (the catalog's recipe for a file it knows, else classification). */
  task?: "classification" | "detection";
  onProgress?: (progress: UploadProgress) => void;
  /** Called once the last byte has left the browser; the server then inspects the graph. */
  onUploaded?: () => void;
  signal?: AbortSignal;
};

export class UploadAbortedError extends Error {
  constructor() {
    super("The upload was cancelled.");
    this.name = "UploadAbortedError";
  }
}

/**
 * POST /api/v1/models as multipart. XMLHttpRequest rather than fetch because only XHR
 * reports upload progress (fetch has no upload progress events in browsers).
 */
export function uploadModel(options: UploadModelOptions): Promise<ModelDto> {
  const { file, name, description, tags, task, onProgress, onUploaded, signal } = options;
  const form = new FormData();
  // Text fields first so that the server has them before the file streams in.
  form.append("name", name);
  form.append("description", description);
  form.append("tags", JSON.stringify(tags));
  if (task) form.append("task", task);
  form.append("file", file, file.name);

  return new Promise<ModelDto>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/models");
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.upload.onload = () => onUploaded?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as ModelDto);
      else reject(toApiError(xhr.status, xhr.responseText, xhr.statusText));
    };
    xhr.onerror = () => reject(toApiError(0, ""));
    xhr.onabort = () => reject(new UploadAbortedError());
    if (signal) {
      if (signal.aborted) return reject(new UploadAbortedError());
      signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
