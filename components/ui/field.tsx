import type { ReactNode } from "react";

export const INPUT_CLASSES =
  "w-full rounded-sm border border-neutral-300 bg-white px-2 py-1.5 text-sm placeholder:text-neutral-400 aria-[invalid=true]:border-red-600";

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  isRequired?: boolean;
  children: ReactNode;
};

/** A label, the control, then either its error or its hint (ids `${id}-error` / `${id}-hint`). */
export function Field({ id, label, hint, error, isRequired, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        {label}
        {isRequired && <span className="text-red-700"> *</span>}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : hint ? (
        <div id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, error: string | null | undefined, hint: unknown) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}
