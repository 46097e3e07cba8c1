import { postImage } from "./post-image";
import type { StudioApi } from "./studio-api";

// The soak's redeploy. The API has no update of a service (no PATCH; the CLI's
// `services deploy` only creates), so redeploying one means what an operator would do to
// roll it: delete it, wait until it is gone (its FPGA freed), deploy the same image under
// the same name on the same compute, wait until it is Healthy, and score it once with its
// new key over its scoring URI. It is a second service: the one under load is not touched.

type Deployment = { name: string; image: { name: string; version: number }; compute: string };

export async function deployService(options: { api: StudioApi; deployment: Deployment; probe: Buffer }) {
  const { api, deployment } = options;
  const created = await api.call("POST", "/api/v1/services", { ...deployment, authEnabled: true });
  const healthy = await api.waitFor(`/api/v1/services/${deployment.name}`, "Healthy");
  await postImage(healthy.scoringUri, options.probe, { authorization: `Bearer ${created.keys.primary}` });
}

export async function redeployService(options: { api: StudioApi; deployment: Deployment; probe: Buffer }) {
  const { api, deployment } = options;
  const started = performance.now();
  await api.call("DELETE", `/api/v1/services/${deployment.name}`);
  await api.waitGone(`/api/v1/services/${deployment.name}`);
  const deletedMs = performance.now() - started;
  await deployService(options);
  return { deleteMs: deletedMs, deployMs: performance.now() - started - deletedMs };
}
