"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { modelKeys, patchModel, type ModelPatch } from "@/lib/queries/models";

/** PATCH one version, then refresh every models query and the server-rendered page. */
export function usePatchModel(name: string, version: number) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (changes: ModelPatch) => patchModel({ name, version, changes }),
    onSuccess: async (model) => {
      queryClient.setQueryData(modelKeys.version(name, version), model);
      await queryClient.invalidateQueries({ queryKey: modelKeys.all });
      router.refresh();
    },
  });
}
