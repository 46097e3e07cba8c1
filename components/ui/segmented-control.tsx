"use client";

import { useId } from "react";

export type SegmentedOption<T extends string> = { value: T; label: string; title?: string };

type SegmentedControlProps<T extends string> = {
  label: string;
  options: SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Render the label visibly above the options (otherwise it is only for screen readers). */
  isLabelVisible?: boolean;
};

/** A radio group drawn as joined buttons: arrow keys move between options, as native radios do. */
export function SegmentedControl<T extends string>({ label, options, value, onChange, isLabelVisible = true }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="min-w-0">
      <legend className={isLabelVisible ? "mb-1 text-xs font-medium text-neutral-700" : "sr-only"}>{label}</legend>
      <div className="inline-flex h-8 overflow-hidden rounded-sm border border-neutral-300 bg-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600">
        {options.map((option) => {
          const isChecked = option.value === value;
          return (
            <label
              key={option.value}
              title={option.title}
              className={`relative flex cursor-pointer items-center border-r border-neutral-300 px-2.5 text-sm whitespace-nowrap last:border-r-0 ${
                isChecked ? "bg-brand-600 font-medium text-white" : "text-neutral-800 hover:bg-neutral-100"
              }`}
            >
              <input type="radio" name={name} value={option.value} checked={isChecked} onChange={() => onChange(option.value)} className="sr-only" />
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
