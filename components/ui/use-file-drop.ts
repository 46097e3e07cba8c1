"use client";

import { useRef, useState, type ChangeEvent, type DragEvent } from "react";

/**
 * The drag-and-drop and hidden-input plumbing shared by the studio's drop zones: spread
 * `dropHandlers` on the button, `inputProps` on the visually hidden <input type="file">.
 */
export function useFileDrop({ onFiles, disabled = false }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
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
        if (!disabled) take(event.dataTransfer.files);
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
