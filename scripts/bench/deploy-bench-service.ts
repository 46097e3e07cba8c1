import { openAsBlob } from "node:fs";
import path from "node:path";

/** Registers SqueezeNet 1.1, converts it to ms-fp9, builds its image and deploys it with a key, through the REST API. */
export async function deployBenchService(webUrl: string) {
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${webUrl}${url}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
    if (response.status >= 400) throw new Error(`${method} ${url} → ${response.status}: ${await response.text()}`);
    return response.json();
  };
  const waitFor = async (url: string, state: string) => {
    for (;;) {
      const body = await call("GET", url);
      if (body.state === state) return body;
      if (["Failed", "TimedOut"].includes(body.state)) throw new Error(`${url} ended ${body.state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const form = new FormData();
  form.append("name", "bench-proto");
  form.append("file", await openAsBlob(path.resolve("..", "shared", "data", "models", "squeezenet1.1-caffe2.onnx")), "squeezenet.onnx");
  const model = await (await fetch(`${webUrl}/api/v1/models`, { method: "POST", body: form })).json();
  const conversion = await call("POST", "/api/v1/conversions", { model: model.name, version: model.version, inputTensors: model.inputs.map((t: { name: string }) => t.name), outputTensors: model.outputs.map((t: { name: string }) => t.name), precision: "ms-fp9" });
  const converted = (await waitFor(`/api/v1/conversions/${conversion.id}`, "Succeeded")).resultModel;
  await call("POST", "/api/v1/images", { name: "bench-proto-img", model: converted.name, version: converted.version });
  await waitFor("/api/v1/images/bench-proto-img/versions/1", "Succeeded");
  await call("POST", "/api/v1/computes", { name: "bench-proto", agentCount: 1, region: "eastus" });
  await waitFor("/api/v1/computes/bench-proto", "Succeeded");
  const created = await call("POST", "/api/v1/services", { name: "bench-proto-svc", image: { name: "bench-proto-img", version: 1 }, compute: "bench-proto", authEnabled: true });
  await waitFor("/api/v1/services/bench-proto-svc", "Healthy");
  return { name: "bench-proto-svc", key: created.keys.primary as string, model: converted as { name: string; version: number } };
}
