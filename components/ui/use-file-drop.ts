"use client";

import { useRef, useState, type ChangeEvent, type DragEvent } from "react";

type FileDropOptions = {
  onFiles: (files: File[]) => void;
  /** Given, a dropped folder comes here as its entry (a drop of files still goes to onFiles). */
  onFolder?: (folder: FileSystemDirectoryEntry) => void;
  disabled?: boolean;
};

/**
 * The drag-and-drop and hidden-input plumbing shared by the studio's drop zones: spread
 * `dropHandlers` on the button, `inputProps` on the visually hidden <input type="file">.
 */
export function useFileDrop({ onFiles, onFolder, disabled = false }: FileDropOptions) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
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
  return {
    isOver,
    dropHandlers: {
      onClick: () => inputRef.current?.click(),
      onDragOver,
      onDragEnter: onDragOver,
      onDragLeave: () => setIsOver(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setIsOver(false);
        if (disabled) return;
        // A folder arrives as a File the browser cannot read; its entry (taken now: items
        // empty once the event is over) walks it instead.
        const folder = onFolder ? findDroppedFolder(event.dataTransfer) : null;
        if (folder && onFolder) onFolder(folder);
        else take(event.dataTransfer.files);
      },
    },
    inputProps: {
      ref: inputRef,
      type: "file" as const,
      className: "sr-only",
      tabIndex: -1,
      disabled,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        take(event.target.files);
        event.target.value = ""; // choosing the same file again still fires change
      },
    },
  };
}

function findDroppedFolder(transfer: DataTransfer): FileSystemDirectoryEntry | null {
  for (const item of Array.from(transfer.items ?? [])) {
    const entry = item.kind === "file" ? item.webkitGetAsEntry?.() : null;
    if (entry?.isDirectory) return entry as FileSystemDirectoryEntry;
  }
  return null;
}
