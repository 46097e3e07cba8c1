"use client";
/* eslint-disable @next/next/no-img-element -- previews are blob: URLs that next/image cannot optimise */

import { useState } from "react";
import { PictureIcon } from "@/components/ui/more-icons";

/** The dropped file as a thumbnail, or a placeholder when the browser cannot draw it. */
export function ImagePreview({ src, fileName }: { src: string; fileName: string }) {
  const [isBroken, setIsBroken] = useState(false);
  if (isBroken) {
    return (
      <div className="flex h-28 w-28 flex-col items-center justify-center gap-1 rounded-sm border border-dashed border-neutral-300 bg-neutral-50 text-center text-[11px] text-neutral-500">
        <PictureIcon size={22} />
        No preview
      </div>
    );
  }
  return (
    <img
      src={src}
      alt={`Preview of ${fileName}`}
      onError={() => setIsBroken(true)}
      className="h-28 w-28 rounded-sm border border-neutral-200 bg-neutral-100 object-cover"
    />
  );
}
