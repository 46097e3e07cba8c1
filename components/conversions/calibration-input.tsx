"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/client/format";
import { MAX_CALIBRATION_IMAGES } from "@/lib/conversions/schemas";

/** The API takes image names of letters, digits and . _ + - only (lib/conversions/schemas.ts): "My cat.jpg" → "My_cat.jpg". */
export const toCalibrationName = (fileName: string) => fileName.replace(/[^\w.+-]+/g, "_").slice(0, 255) || "image";

type CalibrationInputProps = { files: File[]; onChange: (files: File[]) => void; disabled?: boolean };

/** Optional images the report compares source and converted model on (the server has a default set). */
export function CalibrationInput({ files, onChange, disabled }: CalibrationInputProps) {
  const id = useId();
  const hintId = useId();
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        Calibration images
      </label>
      <input
        id={id}
        type="file"
        accept="image/*"
        multiple
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          onChange([...files, ...Array.from(event.target.files ?? [])]);
          event.target.value = ""; // choosing the same file again still fires change
        }}
        className="block text-sm text-neutral-700 file:mr-3 file:h-8 file:rounded-sm file:border file:border-neutral-300 file:bg-white file:px-3 file:text-sm file:font-medium hover:file:bg-neutral-100"
      />
      {files.length > MAX_CALIBRATION_IMAGES && (
        <p className="text-xs text-red-700">At most {MAX_CALIBRATION_IMAGES} images; {files.length} are chosen.</p>
      )}
      <p id={hintId} className="text-xs text-neutral-600">
        Optional, up to {MAX_CALIBRATION_IMAGES}. The accuracy report runs the source and converted models on these; without them it uses the studio&apos;s own sample images.
      </p>
      {files.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <ul aria-label="Chosen calibration images" className="contents">
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`} className="rounded-sm bg-neutral-100 px-1.5 leading-5 text-neutral-700">
                {file.name} <span className="text-neutral-500">{formatBytes(file.size)}</span>
              </li>
            ))}
          </ul>
          <span className="text-neutral-500">· {formatBytes(total)} in all</span>
          <Button variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => onChange([])} disabled={disabled}>
            Clear
          </Button>
        </div>
      )}
    </div>
  );
}
