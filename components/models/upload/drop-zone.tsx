"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { UploadIcon } from "@/components/ui/icons";
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
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  const inputId = useId();

  const takeFirst = (files: FileList | null | undefined) => {
    const picked = files?.[0];
    if (picked) onFile(picked);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (disabled) return;
    event.dataTransfer.dropEffect = "copy";
    setIsOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    if (!disabled) takeFirst(event.dataTransfer.files);
  };

  return (
    <div>
      <button
        type="button"
        data-testid="drop-zone"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => inputRef.current?.click()}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
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
            <span className="font-medium text-neutral-900">Drop an .onnx file here, or click to choose one</span>
            <span className="text-xs text-neutral-600">ONNX image models up to 2 GB</span>
          </>
        )}
      </button>
      <label htmlFor={inputId} className="sr-only">
        Model file
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        disabled={disabled}
        data-testid="model-file-input"
        onChange={(event) => {
          takeFirst(event.target.files);
          event.target.value = ""; // choosing the same file again still fires change
        }}
      />
    </div>
  );
}
