"use client";

import { useCallback, useRef, useState } from "react";

export type DisplayedSize = { width: number; height: number };

/**
 * The size an element is drawn at, kept current by a ResizeObserver (the card narrows,
 * the image loads). A callback ref, so an element that mounts later is still observed.
 */
export function useDisplayedSize<T extends HTMLElement>() {
  const [size, setSize] = useState<DisplayedSize | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((current) => (width > 0 && height > 0 ? (current?.width === width && current.height === height ? current : { width, height }) : null));
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    measure();
  }, []);
  return { ref, size };
}
