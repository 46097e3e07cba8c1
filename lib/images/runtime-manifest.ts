import type { Conversion, Model } from "@/lib/db";

/**
 * accel-runtime.json, beside the model in the image's layer: what a node needs to serve
 * the model without asking the studio — how to turn an image into its input tensor, the
 * labels, its tensors and the device it was converted for.
 */
export function runtimeManifest(options: { model: Model; parent: Pick<Model, "name" | "version" | "digest"> | null; conversion: Conversion | null }) {
  const { model, parent, conversion } = options;
  return {
    schemaVersion: 1,
    model: { name: model.name, version: model.version, framework: "accel-onnx", file: `model/${model.fileName}`, sha256: model.digest },
    task: model.task,
    source: parent ? { name: parent.name, version: parent.version, sha256: parent.digest } : null,
    preprocessing: model.preprocessing,
    labels: "model/labels.json",
    inputs: model.inputs,
    outputs: model.outputs,
    device: conversion ? { profile: conversion.deviceProfile, precision: conversion.precision.replace("_", "-"), blockSize: conversion.blockSize } : null,
  };
}
