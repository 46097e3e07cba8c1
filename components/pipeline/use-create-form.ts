"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

type CreateFormOptions<T> = {
  /** The POST; it reads the form's state when it runs. */
  create: () => Promise<T>;
  /** The query keys the new resource changes (lists, quotas, who uses what). */
  invalidate: readonly QueryKey[];
  /** The new resource's page, opened once the lists are refreshed; null stays on the form. */
  hrefOf: (created: T) => string | null;
  /** Runs first, with the answer, before anything is refreshed (e.g. to keep keys shown only once). */
  onCreated?: (created: T) => void;
};

/**
 * A "New …" form's submission. The first submit marks the form submitted, so empty required
 * fields show their errors; a valid one sends. `isBusy` stays on after success, while the new
 * resource's page opens, so the form cannot send twice.
 */
export function useCreateForm<T>({ create, invalidate, hrefOf, onCreated }: CreateFormOptions<T>) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isSubmitted, setIsSubmitted] = useState(false);
  const mutation = useMutation({
    mutationFn: create,
    onSuccess: async (created) => {
      onCreated?.(created);
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      const href = hrefOf(created);
      if (href) router.push(href);
    },
  });
  const submit = (isValid: boolean) => {
    setIsSubmitted(true);
    if (isValid) mutation.mutate();
  };
  return { mutation, isSubmitted, isBusy: mutation.isPending || mutation.isSuccess, submit };
}
