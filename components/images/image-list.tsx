"use client";

import { useQuery } from "@tanstack/react-query";
import { ListState } from "@/components/pipeline/list-state";
import { ImagesIcon } from "@/components/ui/icons";
import type { ImageDto } from "@/lib/images/types";
import { imageListOptions } from "@/lib/queries/images";
import { ImageTable } from "./image-table";

const EMPTY = {
  icon: <ImagesIcon size={40} />,
  title: "No images yet",
  text: "An image packs one converted (accel-onnx) model with its preprocessing and labels as an OCI image, ready to deploy. Convert a model first, then build its image.",
};

/** Every version of every image, live while any is building. */
export function ImageList({ initialItems }: { initialItems?: ImageDto[] }) {
  const list = useQuery({ ...imageListOptions(), initialData: initialItems && { items: initialItems } });
  const items = list.data?.items ?? [];
  return (
    <ListState query={list} isEmpty={!items.length} what="images" empty={EMPTY}>
      <ImageTable images={items} />
    </ListState>
  );
}
