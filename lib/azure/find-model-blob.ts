import type { ContainerClient } from "@azure/storage-blob";
import { AppError } from "@/lib/errors";

export type ModelBlob = { name: string; sizeBytes: number; contentMd5: Buffer | null };

/**
 * The ONNX file of a model version. A modelUri names either the file itself or a folder
 * (a custom or MLflow model's directory); a folder must hold exactly one .onnx file.
 * Anything else is refused with what was found, and the model's type.
 */
export async function findModelBlob(container: ContainerClient, path: string, describe: string): Promise<ModelBlob> {
  const exact = await container.getBlobClient(path).getProperties().catch((error: { statusCode?: number }) => {
    if (error.statusCode === 404) return null;
    throw error;
  });
  if (exact) {
    if (!/\.onnx$/i.test(path)) throw new AppError("unsupported_model", `${describe} is the file ${path}, not an ONNX model (.onnx); the registry takes ONNX models.`);
    return { name: path, sizeBytes: exact.contentLength ?? 0, contentMd5: exact.contentMD5 ? Buffer.from(exact.contentMD5) : null };
  }
  const prefix = path.replace(/\/*$/, "/");
  const files: ModelBlob[] = [];
  for await (const item of container.listBlobsFlat({ prefix })) {
    files.push({ name: item.name, sizeBytes: item.properties.contentLength ?? 0, contentMd5: item.properties.contentMD5 ? Buffer.from(item.properties.contentMD5) : null });
    if (files.length > 1000) break;
  }
  if (files.length === 0) throw new AppError("source_not_found", `${describe}: its files are missing from the datastore (nothing at ${path}).`, { path });
  const onnx = files.filter((f) => /\.onnx$/i.test(f.name));
  if (onnx.length === 1) return onnx[0];
  const listing = files.slice(0, 8).map((f) => f.name.slice(prefix.length)).join(", ");
  if (onnx.length === 0) throw new AppError("unsupported_model", `${describe} holds no ONNX file (${listing}${files.length > 8 ? ", …" : ""}); the registry takes ONNX models.`, { path });
  throw new AppError("unsupported_model", `${describe} holds ${onnx.length} ONNX files (${onnx.map((f) => f.name.slice(prefix.length)).join(", ")}); register each as its own model version in Azure ML and import that.`, { path });
}
