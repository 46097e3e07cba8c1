import type { QueryClient } from "@tanstack/react-query";
import type { Region } from "@/lib/computes/types";
import type { ConversionPrecision } from "@/lib/conversions/types";
import { computeKeys, computeOptions, createCompute, quotaKeys } from "@/lib/queries/computes";
import { conversionKeys, conversionOptions, createConversion, isConversionActive } from "@/lib/queries/conversions";
import { createImage, imageKeys, imageOptions, isImageActive } from "@/lib/queries/images";
import { modelKeys } from "@/lib/queries/models";
import { createService, serviceKeys, serviceOptions } from "@/lib/queries/services";
import type { ModelDto } from "@/lib/models/to-model-dto";
import type { ServiceDto } from "@/lib/services/types";
import { saveServiceKeys } from "@/components/services/service-keys-store";
import type { DeployStepKey, DeployStepStatus } from "./deploy-steps";
import { waitUntilSettled } from "./wait-until-settled";

/** What the deploy flow needs of a model version (the page passes no more to the browser). */
export type DeployModel = Pick<ModelDto, "name" | "version" | "framework" | "inputs" | "outputs">;

export type DeployPlan = {
  model: { name: string; version: number };
  /** accel-onnx already: the convert step is skipped. */
  isConverted: boolean;
  inputTensors: string[];
  outputTensors: string[];
  precision: ConversionPrecision;
  deviceProfile: string;
  serviceName: string;
  compute: { kind: "existing"; name: string } | { kind: "new"; name: string; region: Region; agentCount: number };
  replicas: number;
  authEnabled: boolean;
};

type RunOptions = {
  plan: DeployPlan;
  queryClient: QueryClient;
  signal: AbortSignal;
  report: (key: DeployStepKey, status: Partial<DeployStepStatus>) => void;
};

/** A job that ended in anything but success: its state and the server's error, in words. */
class StepFailedError extends Error {}

/**
 * convert → image → compute (only when a new one is asked) → service, each started once the
 * one before it succeeded, each awaited until its job settles. Throws at the first failure,
 * after reporting it on its step. The service's keys are kept the moment they are answered.
 */
export async function runDeployment({ plan, queryClient, signal, report }: RunOptions): Promise<ServiceDto> {
  const step = async <T>(key: DeployStepKey, work: () => Promise<T>): Promise<T> => {
    report(key, { state: "running", error: null });
    try {
      const result = await work();
      report(key, { state: "succeeded" });
      return result;
    } catch (error) {
      if (!signal.aborted) report(key, { state: "failed", error });
      throw error;
    }
  };
  const refreshLists = (...keys: (readonly unknown[])[]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  const model = plan.isConverted
    ? plan.model
    : await step("convert", async () => {
        const created = await createConversion({ model: plan.model.name, version: plan.model.version, inputTensors: plan.inputTensors, outputTensors: plan.outputTensors, deviceProfile: plan.deviceProfile, precision: plan.precision });
        report("convert", { ref: { kind: "conversion", id: created.id } });
        void refreshLists(conversionKeys.lists());
        const done = await waitUntilSettled({ queryClient, options: conversionOptions(created.id), initial: created, isActive: isConversionActive, signal });
        void refreshLists(conversionKeys.lists(), modelKeys.all);
        if (done.state !== "Succeeded" || !done.resultModel) throw new StepFailedError(done.error ?? `The conversion ended ${done.state}.`);
        return done.resultModel;
      });

  const image = await step("image", async () => {
    const created = await createImage({ name: plan.serviceName, model: model.name, version: model.version });
    report("image", { ref: { kind: "image", name: created.name, version: created.version } });
    const done = await waitUntilSettled({ queryClient, options: imageOptions(created.name, created.version), initial: created, isActive: isImageActive, signal });
    void refreshLists(imageKeys.list(), imageKeys.versions(created.name));
    if (done.state !== "Succeeded") throw new StepFailedError(done.error ?? `The image build ended ${done.state}.`);
    return { name: done.name, version: done.version };
  });

  const computeName =
    plan.compute.kind === "existing"
      ? plan.compute.name
      : await step("compute", async () => {
          const { name, region, agentCount } = plan.compute as Extract<DeployPlan["compute"], { kind: "new" }>;
          const created = await createCompute({ name, region, agentCount, vmSize: "Standard_PB6s" });
          report("compute", { ref: { kind: "compute", name: created.name } });
          void refreshLists(computeKeys.list(), quotaKeys.all);
          const done = await waitUntilSettled({ queryClient, options: computeOptions(created.name), initial: created, isActive: (c) => c.state === "Creating", signal });
          if (done.state !== "Succeeded") throw new StepFailedError(done.errors.map((e) => `${e.code}: ${e.message}`).join(" ") || `Provisioning ended ${done.state}.`);
          return done.name;
        });

  return step("service", async () => {
    const created = await createService({ name: plan.serviceName, image, compute: computeName, replicas: plan.replicas, authEnabled: plan.authEnabled });
    saveServiceKeys(created.name, created.keys);
    report("service", { ref: { kind: "service", name: created.name } });
    void refreshLists(serviceKeys.list(), computeKeys.all, imageKeys.all);
    const done = await waitUntilSettled({ queryClient, options: serviceOptions(created.name), initial: created, isActive: (s) => s.state === "Transitioning", signal });
    if (done.state !== "Healthy") throw new StepFailedError(done.error ?? `The service is ${done.state}.`);
    return done;
  });
}
