"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASSES } from "@/components/ui/field";
import { describeError } from "@/lib/client/api-error";
import { usePatchModel } from "./use-patch-model";

export function DescriptionEditor({ name, version, description: initial }: { name: string; version: number; description: string }) {
  const [description, setDescription] = useState(initial);
  const [draft, setDraft] = useState<string | null>(null);
  const patch = usePatchModel(name, version);

  if (draft === null) {
    return (
      <div className="flex items-start justify-between gap-3">
        <p className={`whitespace-pre-line ${description ? "text-neutral-900" : "text-neutral-500"}`}>{description || "No description."}</p>
        <Button variant="ghost" onClick={() => setDraft(description)} aria-label="Edit description">
          Edit
        </Button>
      </div>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        patch.mutate(
          { description: draft },
          {
            onSuccess: (model) => {
              setDescription(model.description);
              setDraft(null);
            },
          },
        );
      }}
    >
      <label htmlFor="description" className="sr-only">
        Description
      </label>
      <textarea id="description" rows={3} className={INPUT_CLASSES} value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={patch.isPending}>
          {patch.isPending ? "Saving…" : "Save"}
        </Button>
        <Button
          onClick={() => {
            setDraft(null);
            patch.reset();
          }}
          disabled={patch.isPending}
        >
          Cancel
        </Button>
      </div>
      {patch.error && <Alert tone="error">{describeError(patch.error)}</Alert>}
    </form>
  );
}
