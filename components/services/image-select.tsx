"use client";

import { useQuery } from "@tanstack/react-query";
import { Select } from "@/components/ui/select";
import { imageListOptions } from "@/lib/queries/images";

export type ImageRef = { name: string; version: number };

/** Built (Succeeded) image versions, newest first within a name. */
export function ImageSelect({ id, value, onChange, disabled, describedBy }: { id: string; value: ImageRef | null; onChange: (image: ImageRef | null) => void; disabled?: boolean; describedBy?: string }) {
  const images = useQuery(imageListOptions());
  const built = (images.data?.items ?? []).filter((i) => i.state === "Succeeded").sort((a, b) => a.name.localeCompare(b.name) || b.version - a.version);
  const toValue = (i: ImageRef) => `${i.name}:${i.version}`;
  return (
    <Select
      id={id}
      className="w-full max-w-md font-mono"
      value={value ? toValue(value) : ""}
      disabled={disabled || images.isPending}
      aria-describedby={describedBy}
      onChange={(event) => {
        const picked = built.find((i) => toValue(i) === event.target.value);
        onChange(picked ? { name: picked.name, version: picked.version } : null);
      }}
    >
      <option value="">{images.isPending ? "Loading images…" : built.length ? "Choose an image" : "No built images yet"}</option>
      {built.map((i) => (
        <option key={i.id} value={toValue(i)}>
          {i.name}:{i.version} ({i.model.name}:{i.model.version})
        </option>
      ))}
    </Select>
  );
}
