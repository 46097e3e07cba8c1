"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ProblemAlert } from "./problem-alert";

type DeleteResourceButtonProps = {
  /** "image resnet50:2", used in the dialog's title and confirm button. */
  what: string;
  description: ReactNode;
  remove: () => Promise<unknown>;
  /** The query keys the deletion changes, refreshed once the server accepted it. */
  invalidate: readonly QueryKey[];
  /** The deleted resource's own query, dropped rather than refetched into a 404. */
  forget?: QueryKey;
  /** Where to go then: the list page. */
  redirectTo: string;
  disabled?: boolean;
};

/** "Delete", then a confirmation dialog that shows the server's refusal (a 409 names who still uses it). */
export function DeleteResourceButton({ what, description, remove, invalidate, forget, redirectTo, disabled }: DeleteResourceButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      if (forget) queryClient.removeQueries({ queryKey: forget });
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      router.push(redirectTo);
      dialog.current?.close();
    },
  });
  return (
    <>
      <Button
        variant="secondary"
        className="text-red-700"
        disabled={disabled}
        onClick={() => {
          mutation.reset();
          dialog.current?.showModal();
        }}
      >
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[30rem] max-w-[calc(100vw-2rem)] rounded-sm border border-neutral-300 p-0 shadow-xl backdrop:bg-neutral-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-base font-semibold">
            Delete {what}?
          </h2>
          <div className="text-sm text-neutral-700">{description}</div>
          {mutation.error && <ProblemAlert error={mutation.error} title="Could not delete" />}
          <div className="flex justify-end gap-2 pt-1">
            <Button onClick={() => dialog.current?.close()} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => mutation.mutate()} disabled={mutation.isPending || mutation.isSuccess}>
              {mutation.isPending ? "Deleting…" : `Delete ${what}`}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
