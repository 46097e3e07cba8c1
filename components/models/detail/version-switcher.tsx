"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";

export function VersionSwitcher({ name, version, versions }: { name: string; version: number; versions: number[] }) {
  const router = useRouter();
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="sr-only">
        Switch version
      </label>
      <select
        id={id}
        value={version}
        onChange={(event) => router.push(`/models/${encodeURIComponent(name)}/versions/${event.target.value}`)}
        className="h-7 rounded-sm border border-neutral-300 bg-white px-1.5 text-sm"
      >
        {versions.map((v, i) => (
          <option key={v} value={v}>
            Version {v}
            {i === 0 ? " (latest)" : ""}
          </option>
        ))}
      </select>
    </span>
  );
}
