"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CreateForm } from "@/components/pipeline/create-form";
import { ModelVersionField } from "@/components/pipeline/model-version-field";
import type { ModelRef } from "@/components/pipeline/model-version-select";
import { useCreateForm } from "@/components/pipeline/use-create-form";
import { Field } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import { Select } from "@/components/ui/select";
import { modelNameProblem } from "@/lib/client/model-name";
import { MAX_CALIBRATION_IMAGES } from "@/lib/conversions/schemas";
import type { ConversionPrecision } from "@/lib/conversions/types";
import { conversionKeys, convertibleModelsOptions, createConversion } from "@/lib/queries/conversions";
import { fpgaProfilesOptions } from "@/lib/queries/fpga";
import { CalibrationInput, toCalibrationName } from "./calibration-input";
import { conversionHref } from "./conversion-links";
import { PrecisionSelect } from "./precision-select";
import { DEFAULT_DEVICE_PROFILE, DEFAULT_PRECISION, precisionHint } from "./precisions";
import { readBase64 } from "./read-base64";
import { TensorPicker } from "./tensor-picker";

/** POST /api/v1/conversions from a model version of framework onnx; opens the conversion once it is queued. */
export function NewConversionForm({ initialModel }: { initialModel: ModelRef | null }) {
  const models = useQuery(convertibleModelsOptions());
  const profiles = useQuery(fpgaProfilesOptions()).data?.items ?? [];
  const [model, setModel] = useState<ModelRef | null>(initialModel);
  const [tensors, setTensors] = useState<{ for: string; inputs: string[]; outputs: string[] } | null>(null);
  const [deviceProfile, setDeviceProfile] = useState(DEFAULT_DEVICE_PROFILE);
  const [precision, setPrecision] = useState<ConversionPrecision>(DEFAULT_PRECISION);
  const [resultName, setResultName] = useState("");
  const [images, setImages] = useState<File[]>([]);

  const chosen = models.data?.items.find((m) => m.name === model?.name && m.version === model.version);
  const key = model ? `${model.name}:${model.version}` : "";
  // Tensor names follow the chosen model until the user edits them.
  const declared = { inputs: chosen?.inputs.map((t) => t.name) ?? [], outputs: chosen?.outputs.map((t) => t.name) ?? [] };
  const current = tensors?.for === key ? tensors : { for: key, ...declared };

  const form = useCreateForm({
    create: async () => {
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
    invalidate: [conversionKeys.all],
    hrefOf: (conversion) => conversionHref(conversion.id),
  });
  const isBusy = form.isBusy;
  const resultNameError = resultName ? modelNameProblem(resultName) : null;
  const modelError = form.isSubmitted && !model ? "Choose the model version to convert." : null;
  const inputsError = form.isSubmitted && model && current.inputs.length === 0 ? "Choose at least one input tensor." : null;
  const outputsError = form.isSubmitted && model && current.outputs.length === 0 ? "Choose at least one output tensor." : null;
  const isLooseModel = Boolean(initialModel && models.isSuccess && !chosen && model);

  return (
    <CreateForm
      title="New conversion"
      form={form}
      isValid={Boolean(model && current.inputs.length && current.outputs.length && !resultNameError && images.length <= MAX_CALIBRATION_IMAGES)}
      submitLabel="Convert"
      pendingLabel="Starting…"
      errorTitle="The conversion could not be started"
      cancelHref="/conversions"
    >
      <ModelVersionField
        id="conversion-model"
        label="Model version"
        hint="Models of framework onnx; converted (accel-onnx) ones are ready to package."
        error={modelError ?? (isLooseModel ? `${model!.name}:${model!.version} is not an onnx model, so it cannot be converted.` : null)}
        models={models}
        value={model}
        onChange={setModel}
        disabled={isBusy}
        emptyText="No onnx models registered"
      />
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
        <Field id="conversion-precision" label="Precision" hint={precisionHint(precision)}>
          <PrecisionSelect id="conversion-precision" className="w-full" value={precision} onChange={setPrecision} disabled={isBusy} />
        </Field>
      </div>
      <NameField
        id="conversion-result-name"
        label="Result model name"
        value={resultName}
        onChange={setResultName}
        error={resultNameError}
        hint="Optional. The converted model is registered as a new version of this name (by default the source's name with -accel)."
        disabled={isBusy}
        placeholder={model ? `${model.name}-accel` : ""}
      />
      <CalibrationInput files={images} onChange={setImages} disabled={isBusy} />
    </CreateForm>
  );
}
