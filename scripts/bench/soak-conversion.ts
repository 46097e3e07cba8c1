import type { StudioApi } from "./studio-api";

// One conversion of the soak: a registered model converted to ms-fp9 under a name of its
// own (so that nothing the bench service uses is touched), waited for, and its result
// deleted, leaving the model's list as it was (the finished conversion stays in its history).

export async function convertAndDelete(options: { api: StudioApi; model: { name: string; version: number; inputs: string[]; outputs: string[] } }) {
  const { api, model } = options;
  const started = performance.now();
  const conversion = await api.call("POST", "/api/v1/conversions", {
    model: model.name,
    version: model.version,
    inputTensors: model.inputs,
    outputTensors: model.outputs,
    precision: "ms-fp9",
    resultName: "soak-conversion",
  });
  const done = await api.waitFor(`/api/v1/conversions/${conversion.id}`, "Succeeded", 600_000);
  const convertMs = performance.now() - started;
  const result = done.resultModel as { name: string; version: number };
  await api.call("DELETE", `/api/v1/models/${result.name}/versions/${result.version}`);
  return { convertMs };
}
