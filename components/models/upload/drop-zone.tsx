"use client";

import { useId } from "react";
import { UploadIcon } from "@/components/ui/icons";
import { useFileDrop } from "@/components/ui/use-file-drop";
import { formatBytes } from "@/lib/client/format";

type DropZoneProps = {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  accept?: string;
  describedBy?: string;
};

/**
 * A button that opens the file picker (Enter/Space from the keyboard) and takes a file
 * dropped on it. The real <input type="file"> stays in the DOM, visually hidden, so
 * that forms and tests can still set it directly.
 */
export function DropZone({ file, onFile, disabled = false, accept = ".onnx", describedBy }: DropZoneProps) {
  const { isOver, dropHandlers, inputProps } = useFileDrop({ onFiles: (files) => onFile(files[0]), disabled });
  const inputId = useId();

  return (
    <div>
      <button
        type="button"
        data-testid="drop-zone"
        disabled={disabled}
        aria-describedby={describedBy}
        {...dropHandlers}
        className={`flex w-full flex-col items-center justify-center gap-1.5 rounded-sm border-2 border-dashed px-4 py-8 text-center transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
          isOver ? "border-brand-600 bg-brand-50" : "border-neutral-300 bg-white hover:border-brand-500 hover:bg-neutral-50"
        }`}
      >
        <UploadIcon size={28} className="text-neutral-500" />
        {file ? (
          <>
            <span className="font-medium text-neutral-900" data-testid="chosen-file">
              {file.name}
            </span>
            <span className="text-xs text-neutral-600">{formatBytes(file.size)} · drop another file or click to replace it</span>
          </>
        ) : (
          <>
            <span className="font-medium text-neutral-900">Drop a model file here (.onnx, TensorFlow .pb, or a TF.js folder as .zip / .tar.gz), or click to choose one</span>
            <span className="text-xs text-neutral-600">Image models up to 2 GB</span>
          </>
        )}
      </button>
      <label htmlFor={inputId} className="sr-only">
        Model file
      </label>
      <input {...inputProps} id={inputId} accept={accept} data-testid="model-file-input" />
    </div>
  );
}
