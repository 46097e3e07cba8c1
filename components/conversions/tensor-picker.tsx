"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASSES } from "@/components/ui/field";

type TensorPickerProps = {
  label: string;
  /** The names the model declares, offered as chips. */
  declared: string[];
  value: string[];
  onChange: (names: string[]) => void;
  disabled?: boolean;
  error?: string | null;
};

/**
 * Tensor names as checkable chips, pre-filled from the model's declared inputs or outputs;
 * another name (an inner tensor, to cut the graph into featurizer and head) can be added.
 */
export function TensorPicker({ label, declared, value, onChange, disabled, error }: TensorPickerProps) {
  const addId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState("");
  const names = [...declared, ...value.filter((name) => !declared.includes(name))];
  const toggle = (name: string, isChecked: boolean) => onChange(isChecked ? [...value, name] : value.filter((n) => n !== name));
  const add = () => {
    const name = draft.trim();
    if (name && !value.includes(name)) onChange([...value, name]);
    setDraft("");
  };
  return (
    <fieldset className="min-w-0 space-y-1.5" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-neutral-800">
        {label}
        <span className="text-red-700"> *</span>
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {names.map((name) => (
          <label
            key={name}
            className="inline-flex cursor-pointer items-center gap-1.5 rounded-sm border border-neutral-300 bg-neutral-50 px-2 font-mono text-xs leading-6 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input type="checkbox" checked={value.includes(name)} disabled={disabled} onChange={(event) => toggle(name, event.target.checked)} className="accent-brand-600" />
            {name}
          </label>
        ))}
        {names.length === 0 && <span className="text-xs text-neutral-500">The model declares none; add a name below.</span>}
      </div>
      <div className="flex max-w-md gap-2">
        <label htmlFor={addId} className="sr-only">
          Add a tensor name to {label.toLowerCase()}
        </label>
        <input
          id={addId}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault(); // Enter adds the name rather than submitting the form
            add();
          }}
          placeholder="another tensor name"
          autoComplete="off"
          spellCheck={false}
          className={`${INPUT_CLASSES} h-7 py-0.5 font-mono text-xs`}
        />
        <Button className="h-7" onClick={add} disabled={disabled || !draft.trim()}>
          Add
        </Button>
      </div>
      {error && (
        <p id={errorId} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
