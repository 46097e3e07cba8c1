import { SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// A service deployed end to end through the API (register → convert → image → compute →
// deploy with keys), on the in-process worker the test file starts.

export type DeployedService = { name: string; compute: string; scoringUri: string; primary: string; secondary: string };

export async function deploySqueezenetService(prefix: string): Promise<DeployedService> {
  const base = uniqueName(prefix);
  const source = await uploadModel({ name: base, path: SQUEEZENET });
  const conversion = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name) });
  const converted = (await waitForState(() => api.conversion(conversion.body.id), ["Succeeded", "Failed"], 120_000)).body;
  if (converted.state !== "Succeeded") throw new Error(`conversion ${converted.state}: ${JSON.stringify(converted.log)}`);
  await api.buildImage({ name: `${base}-img`, model: converted.resultModel.name, version: converted.resultModel.version });
  await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded"]);
  const compute = uniqueName("v2").slice(0, 16);
  await api.createCompute({ name: compute, agentCount: 1, region: "westus2" });
  await waitForState(() => api.compute(compute), ["Succeeded"]);
  const deployed = await api.deploy({ name: `${base}-svc`, image: { name: `${base}-img`, version: 1 }, compute, replicas: 1, authEnabled: true });
  if (deployed.status !== 202) throw new Error(`deploy ${deployed.status}: ${JSON.stringify(deployed.body)}`);
  const healthy = (await waitForState(() => api.service(`${base}-svc`), ["Healthy", "Failed"])).body;
  if (healthy.state !== "Healthy") throw new Error(`service ${healthy.state}: ${JSON.stringify(healthy.log)}`);
  return { name: `${base}-svc`, compute, scoringUri: healthy.scoringUri, ...deployed.body.keys };
}
