"use client";

import { useId } from "react";
import { PictureIcon } from "@/components/ui/more-icons";
import { useFileDrop } from "@/components/ui/use-file-drop";

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
  const { isOver, dropHandlers, inputProps } = useFileDrop({ onFiles, disabled });
  const inputId = useId();
  const hintId = useId();

  return (
    <div className="h-full">
      <button
        type="button"
        data-testid="image-drop-zone"
        disabled={disabled}
        aria-describedby={hintId}
        {...dropHandlers}
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
      <input {...inputProps} id={inputId} accept="image/*" multiple data-testid="image-file-input" />
    </div>
  );
}
