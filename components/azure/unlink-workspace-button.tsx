"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { azureKeys, unlinkWorkspace, type AzureWorkspace } from "@/lib/queries/azure";

type UnlinkWorkspaceButtonProps = {
  workspace: Pick<AzureWorkspace, "id" | "workspaceName">;
  /** Where to go once unlinked, when the page shown was the workspace's own. */
  redirectTo?: string;
  className?: string;
};

/** "Unlink", then a confirmation; a 409 says which import or publish still runs through it. */
export function UnlinkWorkspaceButton({ workspace, redirectTo, className = "" }: UnlinkWorkspaceButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const unlink = useMutation({
    mutationFn: () => unlinkWorkspace(workspace.id),
    onSuccess: async () => {
      // Its own queries (its models and versions) would only refetch into 404s; its transfers went with it.
      queryClient.removeQueries({ queryKey: azureKeys.workspace(workspace.id) });
      await Promise.all([queryClient.invalidateQueries({ queryKey: azureKeys.workspaces() }), queryClient.invalidateQueries({ queryKey: azureKeys.transfers() })]);
      dialog.current?.close();
      if (redirectTo) router.push(redirectTo);
      router.refresh();
    },
  });
  return (
    <>
      <Button
        className={`text-red-700 ${className}`}
        aria-label={`Unlink ${workspace.workspaceName}`}
        onClick={() => {
          unlink.reset();
          dialog.current?.showModal();
        }}
      >
        Unlink
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[30rem] max-w-[calc(100vw-2rem)] rounded-sm border border-neutral-300 p-0 text-left shadow-xl backdrop:bg-neutral-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-base font-semibold">
            Unlink workspace {workspace.workspaceName}?
          </h2>
          <p className="text-sm text-neutral-700">
            The studio forgets the link and the history of its imports and publications; nothing changes in Azure. Models imported through it stay in
            the registry with their provenance. A workspace with an import or publish under way is refused until it ends.
          </p>
          {unlink.error && <ProblemAlert error={unlink.error} title="Not unlinked" />}
          <div className="flex justify-end gap-2 pt-1">
            <Button onClick={() => dialog.current?.close()} disabled={unlink.isPending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => unlink.mutate()} disabled={unlink.isPending || unlink.isSuccess}>
              {unlink.isPending ? "Unlinking…" : "Unlink workspace"}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
