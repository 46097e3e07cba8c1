import type { ReactNode } from "react";
import { describedBy, Field, INPUT_CLASSES } from "./field";

type NameFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint?: ReactNode;
  isRequired?: boolean;
  disabled?: boolean;
  placeholder?: string;
};

/** A resource's name: monospace, never autocompleted or spell-checked, described by its error or hint. */
export function NameField({ id, label, value, onChange, error, hint, isRequired, disabled, placeholder }: NameFieldProps) {
  return (
    <Field id={id} label={label} isRequired={isRequired} error={error} hint={hint}>
      <input
        id={id}
        className={`${INPUT_CLASSES} max-w-md font-mono`}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
