"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { PictureIcon } from "@/components/ui/more-icons";

type ImageDropZoneProps = {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** Why it is disabled, shown in place of the hint. */
  disabledReason?: string;
};

/**
 * A button that opens the file picker (several files at once) and takes images dropped
 * on it. Pasting is handled page-wide by the workbench. Any file is passed on: the
 * server decides what is an image, and says why when it is not.
 */
export function ImageDropZone({ onFiles, disabled = false, disabledReason }: ImageDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const take = (files: FileList | null | undefined) => {
    const list = files ? Array.from(files) : [];
    if (list.length) onFiles(list);
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
    if (!disabled) take(event.dataTransfer.files);
  };

  return (
    <div className="h-full">
      <button
        type="button"
        data-testid="image-drop-zone"
        disabled={disabled}
        aria-describedby={hintId}
        onClick={() => inputRef.current?.click()}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
        className={`flex h-full min-h-24 w-full items-center justify-center gap-3 rounded-sm border-2 border-dashed px-4 py-3 text-left transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
          isOver ? "border-brand-600 bg-brand-50" : "border-neutral-300 bg-white hover:border-brand-500 hover:bg-neutral-50"
        }`}
      >
        <PictureIcon size={28} className="shrink-0 text-neutral-500" />
        <span className="flex flex-col">
          <span className="font-medium text-neutral-900">Drop images here, click to choose, or paste</span>
          <span id={hintId} className="text-xs text-neutral-600">
            {disabled && disabledReason
              ? disabledReason
              : "JPEG, PNG, WebP, GIF, TIFF or AVIF · several at once · Ctrl+V pastes an image anywhere on this page"}
          </span>
        </span>
      </button>
      <label htmlFor={inputId} className="sr-only">
        Images to score
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept="image/*"
        multiple
        className="sr-only"
        tabIndex={-1}
        disabled={disabled}
        data-testid="image-file-input"
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
      />
    </div>
  );
}
