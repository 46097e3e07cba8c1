"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { TensorPicker } from "@/components/conversions/tensor-picker";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import { createOnnxConversion } from "@/lib/client/create-onnx-conversion";
import { formatShape } from "@/lib/client/format";
import { modelNameProblem } from "@/lib/client/model-name";
import type { ConversionDto } from "@/lib/conversions/types";
import type { ModelDto } from "@/lib/models/to-model-dto";
import { conversionKeys } from "@/lib/queries/conversions";
import { parseShape, type OnnxCut } from "./suggest-onnx-cut";

type ConvertToOnnxFormProps = {
  model: ModelDto;
  suggestion: OnnxCut;
  onCreated: (conversion: ConversionDto) => void;
};

/** The tensors to convert between, shapes for open inputs and the result's name; POSTs a conversion with target "onnx". */
export function ConvertToOnnxForm({ model, suggestion, onCreated }: ConvertToOnnxFormProps) {
  const queryClient = useQueryClient();
  const [inputs, setInputs] = useState(suggestion.inputs);
  const [outputs, setOutputs] = useState(suggestion.outputs);
  const [shapes, setShapes] = useState<Record<string, string>>(suggestion.shapes);
  const [resultName, setResultName] = useState("");
  const [isSubmitted, setIsSubmitted] = useState(false);

  const create = useMutation({
    mutationFn: createOnnxConversion,
    onSuccess: async (conversion) => {
      queryClient.setQueryData(conversionKeys.detail(conversion.id), conversion);
      onCreated(conversion);
      await queryClient.invalidateQueries({ queryKey: conversionKeys.lists() });
    },
  });

  const shapeErrors = Object.fromEntries(inputs.map((name) => [name, shapes[name]?.trim() && !parseShape(shapes[name]) ? "Whole numbers separated by commas, e.g. 1,300,300,3." : null]));
  const resultNameError = resultName ? modelNameProblem(resultName) : null;
  const inputsError = isSubmitted && inputs.length === 0 ? "Name at least one input tensor: where the converted part starts." : null;
  const outputsError = isSubmitted && outputs.length === 0 ? "Name at least one output tensor." : null;
  const isValid = inputs.length > 0 && outputs.length > 0 && !resultNameError && Object.values(shapeErrors).every((e) => !e);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!isValid) return;
    const inputShapes = Object.fromEntries(inputs.flatMap((name) => (shapes[name]?.trim() ? [[name, parseShape(shapes[name])!]] : [])));
    create.mutate({
      model: model.name,
      version: model.version,
      inputTensors: inputs,
      outputTensors: outputs,
      ...(Object.keys(inputShapes).length ? { inputShapes } : {}),
      ...(resultName ? { resultName } : {}),
    });
  };

  const declaredShape = (name: string) => model.inputs.find((t) => t.name === name)?.shape;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Convert to ONNX">
      <div className="grid gap-4 md:grid-cols-2">
        <TensorPicker label="Input tensors" declared={model.inputs.map((t) => t.name)} value={inputs} onChange={setInputs} disabled={create.isPending} error={inputsError} />
        <TensorPicker label="Output tensors" declared={model.outputs.map((t) => t.name)} value={outputs} onChange={setOutputs} disabled={create.isPending} error={outputsError} />
      </div>
      {inputs.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-neutral-800">Input shapes</legend>
          <p className="text-xs text-neutral-600">
            Optional. A static shape for an input the graph leaves open (a cut inside the graph has none declared); empty keeps the graph&apos;s own.
          </p>
          <div className="grid gap-3 md:grid-cols-2">
            {inputs.map((name, i) => {
              const id = `onnx-input-shape-${i}`;
              const declared = declaredShape(name);
              const hint = declared ? `Declared: ${formatShape(declared)}` : "Not declared by the graph: an inner tensor.";
              return (
                <Field key={name} id={id} label={`Shape of ${name}`} error={shapeErrors[name]} hint={hint}>
                  <input
                    id={id}
                    className={`${INPUT_CLASSES} font-mono`}
                    value={shapes[name] ?? ""}
                    disabled={create.isPending}
                    placeholder={declared ? declared.map((d) => (typeof d === "number" ? d : 1)).join(",") : "1,300,300,3"}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={Boolean(shapeErrors[name])}
                    aria-describedby={describedBy(id, shapeErrors[name], hint)}
                    onChange={(event) => setShapes({ ...shapes, [name]: event.target.value })}
                  />
                </Field>
              );
            })}
          </div>
        </fieldset>
      )}
      <NameField
        id="onnx-result-name"
        label="Result model name"
        value={resultName}
        onChange={setResultName}
        error={resultNameError}
        hint="Optional. The ONNX model is registered as a new version of this name, linked to this one."
        disabled={create.isPending}
        placeholder={`${model.name}-onnx`}
      />
      {create.error && <ProblemAlert error={create.error} title="The conversion could not be started" />}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={create.isPending || (isSubmitted && !isValid)}>
          {create.isPending ? "Starting…" : "Convert to ONNX"}
        </Button>
      </div>
    </form>
  );
}
