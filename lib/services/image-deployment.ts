import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { serviceSetup } from "./service-setup";

// What a service runs, by image: its converted model and how the NPU runs it. An image
// never changes what it packs, so this is read once per image and process rather than
// on every request (the conversion's report, which holds the host-side layers, is a few
// tens of KB of JSON).
const cache = new Map<string, Promise<ImageDeployment>>();
const MAX_ENTRIES = 256;

type Tensor = { name: string; dtype: string; shape: (number | string)[] | null };

export type ImageDeployment = { model: { name: string; version: number; digest: string } } & Omit<ReturnType<typeof serviceSetup>, "setup"> & {
  setup: Omit<ReturnType<typeof serviceSetup>["setup"], "fpgas">;
  /** A detector's protocols answer boxes, scores and classes (lib/serving/detection-tensors.ts). */
  task: "classification" | "detection";
  /** The converted model's graph inputs and outputs, as protocols describe them. */
  inputs: Tensor[];
  outputs: Tensor[];
};

export function imageDeployment(imageId: string): Promise<ImageDeployment> {
  let entry = cache.get(imageId);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    entry = load(imageId);
    cache.set(imageId, entry);
    entry.catch(() => cache.delete(imageId));
  }
  return entry;
}

async function load(imageId: string): Promise<ImageDeployment> {
  const image = await db.image.findUnique({ where: { id: imageId }, include: { model: { include: { resultOfConversion: true } } } });
  if (!image) throw new AppError("not_found", "The service's image is gone.");
  const { profile, setup } = serviceSetup({ fpgasPerReplica: 1 }, image.model);
  return {
    model: { name: image.model.name, version: image.model.version, digest: image.model.digest },
    profile,
    setup: { precision: setup.precision, hostLayers: setup.hostLayers },
    task: image.model.task,
    inputs: image.model.inputs as Tensor[],
    outputs: image.model.outputs as Tensor[],
  };
}
