"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ModelVersionSelect, type ModelRef } from "@/components/pipeline/model-version-select";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { modelNameProblem } from "@/lib/client/model-name";
import { MAX_CALIBRATION_IMAGES } from "@/lib/conversions/schemas";
import type { ConversionPrecision } from "@/lib/conversions/types";
import { conversionKeys, convertibleModelsOptions, createConversion } from "@/lib/queries/conversions";
import { fpgaProfilesOptions } from "@/lib/queries/fpga";
import { CalibrationInput, toCalibrationName } from "./calibration-input";
import { conversionHref } from "./conversion-table";
import { DEFAULT_DEVICE_PROFILE, DEFAULT_PRECISION, PRECISIONS } from "./precisions";
import { readBase64 } from "./read-base64";
import { TensorPicker } from "./tensor-picker";

/** POST /api/v1/conversions from a model version of framework onnx; opens the conversion once it is queued. */
export function NewConversionForm({ initialModel }: { initialModel: ModelRef | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const models = useQuery(convertibleModelsOptions());
  const profiles = useQuery(fpgaProfilesOptions()).data?.items ?? [];
  const [model, setModel] = useState<ModelRef | null>(initialModel);
  const [tensors, setTensors] = useState<{ for: string; inputs: string[]; outputs: string[] } | null>(null);
  const [deviceProfile, setDeviceProfile] = useState(DEFAULT_DEVICE_PROFILE);
  const [precision, setPrecision] = useState<ConversionPrecision>(DEFAULT_PRECISION);
  const [resultName, setResultName] = useState("");
  const [images, setImages] = useState<File[]>([]);
  const [isSubmitted, setIsSubmitted] = useState(false);

  const chosen = models.data?.items.find((m) => m.name === model?.name && m.version === model.version);
  const key = model ? `${model.name}:${model.version}` : "";
  // Tensor names follow the chosen model until the user edits them.
  const declared = { inputs: chosen?.inputs.map((t) => t.name) ?? [], outputs: chosen?.outputs.map((t) => t.name) ?? [] };
  const current = tensors?.for === key ? tensors : { for: key, ...declared };
  const resultNameError = resultName ? modelNameProblem(resultName) : null;
  const modelError = isSubmitted && !model ? "Choose the model version to convert." : null;
  const inputsError = isSubmitted && model && current.inputs.length === 0 ? "Choose at least one input tensor." : null;
  const outputsError = isSubmitted && model && current.outputs.length === 0 ? "Choose at least one output tensor." : null;
  const isLooseModel = Boolean(initialModel && models.isSuccess && !chosen && model);

  const create = useMutation({
    mutationFn: async () => {
      const calibrationImages = await Promise.all(images.map(async (file) => ({ name: toCalibrationName(file.name), data: await readBase64(file) })));
      return createConversion({
        model: model!.name,
        version: model!.version,
        inputTensors: current.inputs,
        outputTensors: current.outputs,
        deviceProfile,
        precision,
        ...(resultName ? { resultName } : {}),
        ...(calibrationImages.length ? { calibrationImages } : {}),
      });
    },
    onSuccess: async (conversion) => {
      await queryClient.invalidateQueries({ queryKey: conversionKeys.all });
      router.push(conversionHref(conversion.id));
    },
  });
  const isBusy = create.isPending || create.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!model || !current.inputs.length || !current.outputs.length || resultNameError || images.length > MAX_CALIBRATION_IMAGES) return;
    create.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New conversion" className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4">
      <h2 className="text-base font-semibold">New conversion</h2>
      <Field id="conversion-model" label="Model version" isRequired error={modelError ?? (isLooseModel ? `${model!.name}:${model!.version} is not an onnx model, so it cannot be converted.` : null)} hint="Models of framework onnx; converted (accel-onnx) ones are ready to package.">
        <ModelVersionSelect
          id="conversion-model"
          models={models.data?.items ?? []}
          value={model}
          onChange={setModel}
          isLoading={models.isPending}
          disabled={isBusy}
          describedBy={describedBy("conversion-model", modelError, true)}
          emptyText="No onnx models registered"
        />
      </Field>
      {models.error && <ProblemAlert error={models.error} title="The models could not be listed" />}
      <div className="grid gap-4 md:grid-cols-2">
        <TensorPicker label="Input tensors" declared={declared.inputs} value={current.inputs} onChange={(inputs) => setTensors({ ...current, inputs })} disabled={isBusy || !model} error={inputsError} />
        <TensorPicker label="Output tensors" declared={declared.outputs} value={current.outputs} onChange={(outputs) => setTensors({ ...current, outputs })} disabled={isBusy || !model} error={outputsError} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="conversion-profile" label="Device profile" hint="The FPGA the model is converted and simulated for.">
          <Select id="conversion-profile" className="w-full" value={deviceProfile} disabled={isBusy} onChange={(event) => setDeviceProfile(event.target.value)}>
            {(profiles.length ? profiles : [{ id: DEFAULT_DEVICE_PROFILE, name: "Arria 10 (Azure PB6)" }]).map((p) => (
              <option key={p.id} value={p.id}>
                {p.id} — {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="conversion-precision" label="Precision" hint={PRECISIONS.find((p) => p.value === precision)?.hint}>
          <Select id="conversion-precision" className="w-full" value={precision} disabled={isBusy} onChange={(event) => setPrecision(event.target.value as ConversionPrecision)}>
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="conversion-result-name" label="Result model name" error={resultNameError} hint="Optional. The converted model is registered as a new version of this name (by default the source's name with -accel).">
        <input
          id="conversion-result-name"
          className={`${INPUT_CLASSES} max-w-md font-mono`}
          value={resultName}
          disabled={isBusy}
          placeholder={model ? `${model.name}-accel` : ""}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(resultNameError)}
          aria-describedby={describedBy("conversion-result-name", resultNameError, true)}
          onChange={(event) => setResultName(event.target.value)}
        />
      </Field>
      <CalibrationInput files={images} onChange={setImages} disabled={isBusy} />
      {create.error && <ProblemAlert error={create.error} title="The conversion could not be started" />}
      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {create.isPending ? "Starting…" : create.isSuccess ? "Opening…" : "Convert"}
        </Button>
        <Link href="/conversions" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
