"use client";

import { useQuery } from "@tanstack/react-query";
import { imageListOptions } from "@/lib/queries/images";

/** The converted model an image packs, from the image list the image picker already loads. */
export function useImageModel(image: { name: string; version: number } | null): { name: string; version: number } | null {
  const images = useQuery(imageListOptions()).data?.items;
  const found = image ? images?.find((i) => i.name === image.name && i.version === image.version) : undefined;
  return found ? { name: found.model.name, version: found.model.version } : null;
}
