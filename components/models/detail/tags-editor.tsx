"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASSES } from "@/components/ui/field";
import { describeError } from "@/lib/client/api-error";
import { parseTags } from "@/lib/client/tags";
import { usePatchModel } from "./use-patch-model";

export function TagsEditor({ name, version, tags: initialTags }: { name: string; version: number; tags: Record<string, string> }) {
  const [tags, setTags] = useState(initialTags);
  const [draft, setDraft] = useState("");
  const [draftError, setDraftError] = useState<string | null>(null);
  const patch = usePatchModel(name, version);

  const apply = (changes: Record<string, string | null>) =>
    patch.mutate({ tags: changes }, { onSuccess: (model) => setTags(model.tags) });

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTags(draft);
    if (!parsed.tags) return setDraftError(parsed.error);
    if (!Object.keys(parsed.tags).length) return setDraftError("Type a tag as key=value.");
    setDraftError(null);
    patch.mutate(
      { tags: parsed.tags },
      {
        onSuccess: (model) => {
          setTags(model.tags);
          setDraft("");
        },
      },
    );
  };

  const entries = Object.entries(tags);
  return (
    <div className="space-y-2">
      {entries.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {entries.map(([key, value]) => (
            <li key={key} className="inline-flex items-center rounded-sm border border-neutral-200 bg-neutral-100 text-xs">
              <span className="px-1.5 leading-6">
                <span className="text-neutral-600">{key}</span>
                {value && <span className="text-neutral-900">: {value}</span>}
              </span>
              <button
                type="button"
                aria-label={`Remove tag ${key}`}
                disabled={patch.isPending}
                onClick={() => apply({ [key]: null })}
                className="h-6 border-l border-neutral-200 px-1.5 text-neutral-500 hover:bg-neutral-200 hover:text-neutral-900"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-neutral-500">No tags.</p>
      )}
      <form onSubmit={add} className="flex items-start gap-2" aria-label="Add tags">
        <div className="flex-1">
          <label htmlFor="add-tag" className="sr-only">
            New tags (key=value, comma separated)
          </label>
          <input
            id="add-tag"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="key=value, key2=value2"
            autoComplete="off"
            aria-invalid={Boolean(draftError)}
            className={`${INPUT_CLASSES} h-8 py-1`}
          />
        </div>
        <Button type="submit" disabled={patch.isPending || !draft.trim()}>
          {patch.isPending ? "Saving…" : "Add"}
        </Button>
      </form>
      {draftError && <p className="text-xs text-red-700">{draftError}</p>}
      {patch.error && <Alert tone="error">{describeError(patch.error)}</Alert>}
    </div>
  );
}
