"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { isApiError } from "@/lib/client/api-error";
import { catalogKeys } from "@/lib/queries/catalog";
import { deleteModelVersion, modelKeys } from "@/lib/queries/models";

type DeleteModelButtonProps = { name: string; version: number; hasOtherVersions: boolean };

export function DeleteModelButton({ name, version, hasOtherVersions }: DeleteModelButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteModelVersion({ name, version }),
    onSuccess: async () => {
      dialog.current?.close();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelKeys.all }),
        queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
      ]);
      router.push(hasOtherVersions ? `/models/${encodeURIComponent(name)}` : "/models");
      router.refresh();
    },
  });
  const error = remove.error;
  const usedBy = isApiError(error) && Array.isArray(error.problem.usedBy) ? (error.problem.usedBy as string[]) : [];

  return (
    <>
      <Button
        variant="secondary"
        className="text-red-700"
        onClick={() => {
          remove.reset();
          dialog.current?.showModal();
        }}
      >
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-sm border border-neutral-300 p-0 shadow-xl backdrop:bg-neutral-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id="delete-title" className="text-base font-semibold">
            Delete {name}:{version}?
          </h2>
          <p className="text-sm text-neutral-700">
            This removes version {version} and its ONNX file. It cannot be undone. A version still used by a conversion, image or derived
            model is refused.
          </p>
          {error && (
            <Alert tone="error" title={isApiError(error) && error.code === "in_use" ? "This version is in use" : "Could not delete"}>
              <p>{error.message}</p>
              {usedBy.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {usedBy.map((user) => (
                    <li key={user}>{user}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          <div className="flex justify-end gap-2 pt-1">
            <Button onClick={() => dialog.current?.close()} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
              {remove.isPending ? "Deleting…" : `Delete version ${version}`}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
