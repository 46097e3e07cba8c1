"use client";

import { useId, useRef, type InputHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { UploadIcon } from "@/components/ui/icons";
import { useFileDrop } from "@/components/ui/use-file-drop";
import { formatBytes } from "@/lib/client/format";
import { folderFromEntry, folderFromInput, type ModelFolder } from "./pack-model-folder";

type DropZoneProps = {
  file: File | null;
  onFile: (file: File) => void;
  /** A TF.js model folder, dropped or chosen with "Choose folder". */
  onFolder?: (folder: ModelFolder) => void;
  /** A dropped folder the browser could not read. */
  onFolderError?: (message: string) => void;
  /** A line under the chosen file's name, e.g. which folder it was packed from. */
  fileNote?: string | null;
  disabled?: boolean;
  accept?: string;
  describedBy?: string;
};

// Not in React's types, but every current browser picks a folder with it (Chromium, Firefox, Safari).
const DIRECTORY_PICKER = { webkitdirectory: "" } as InputHTMLAttributes<HTMLInputElement>;

/**
 * A button that opens the file picker (Enter/Space from the keyboard) and takes a file
 * or a folder dropped on it. The real <input type="file">s stay in the DOM, visually
 * hidden, so that forms and tests can still set them directly.
 */
export function DropZone({ file, onFile, onFolder, onFolderError, fileNote, disabled = false, accept = ".onnx", describedBy }: DropZoneProps) {
  const { isOver, dropHandlers, inputProps } = useFileDrop({
    onFiles: (files) => onFile(files[0]),
    onFolder: onFolder
      ? (entry) =>
          void folderFromEntry(entry).then(onFolder, (error: unknown) =>
            onFolderError?.(`The folder "${entry.name}" could not be read: ${error instanceof Error ? error.message : String(error)}`),
          )
      : undefined,
    disabled,
  });
  const inputId = useId();
  const folderInputId = useId();
  const folderInput = useRef<HTMLInputElement>(null);

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
            <span className="text-xs text-neutral-600">
              {formatBytes(file.size)}
              {fileNote ? <span data-testid="chosen-file-note"> · {fileNote}</span> : null} · drop another file or click to replace it
            </span>
          </>
        ) : (
          <>
            <span className="font-medium text-neutral-900">
              Drop a model file here (.onnx, TensorFlow .pb, a TF.js model as .zip / .tar.gz){onFolder ? " or a TF.js model folder" : ""}, or click to choose one
            </span>
            <span className="text-xs text-neutral-600">Image models up to 2 GB</span>
          </>
        )}
      </button>
      <label htmlFor={inputId} className="sr-only">
        Model file
      </label>
      <input {...inputProps} id={inputId} accept={accept} data-testid="model-file-input" />
      {onFolder && (
        <div className="mt-1.5 flex items-center gap-2 text-xs text-neutral-600">
          <Button className="h-7" onClick={() => folderInput.current?.click()} disabled={disabled}>
            Choose folder…
          </Button>
          <span>A TensorFlow.js graph model folder (model.json and its weight shards), packed into a .zip in the browser.</span>
          <label htmlFor={folderInputId} className="sr-only">
            Model folder
          </label>
          <input
            {...DIRECTORY_PICKER}
            ref={folderInput}
            id={folderInputId}
            type="file"
            multiple
            className="sr-only"
            tabIndex={-1}
            disabled={disabled}
            data-testid="model-folder-input"
            onChange={(event) => {
              const folder = folderFromInput(event.target.files ?? []);
              event.target.value = ""; // choosing the same folder again still fires change
              if (folder) onFolder(folder);
            }}
          />
        </div>
      )}
    </div>
  );
}
