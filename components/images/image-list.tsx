"use client";

import { useQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ImagesIcon } from "@/components/ui/icons";
import type { ImageDto } from "@/lib/images/types";
import { imageListOptions } from "@/lib/queries/images";
import { ImageTable } from "./image-table";

/** Every version of every image, live while any is building. */
export function ImageList({ initialItems }: { initialItems?: ImageDto[] }) {
  const list = useQuery({ ...imageListOptions(), initialData: initialItems && { items: initialItems } });
  const items = list.data?.items ?? [];
  if (list.error) return <ProblemAlert error={list.error} title="The images could not be listed" />;
  if (list.isPending) return <p className="text-sm text-neutral-600">Loading images…</p>;
  if (!items.length) {
    return (
      <EmptyState icon={<ImagesIcon size={40} />} title="No images yet">
        <p>An image packs one converted (accel-onnx) model with its preprocessing and labels as an OCI image, ready to deploy. Convert a model first, then build its image.</p>
      </EmptyState>
    );
  }
  return <ImageTable images={items} />;
}
