"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { cancelConversion, conversionKeys } from "@/lib/queries/conversions";

export function CancelConversionButton({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelConversion(id),
    onSuccess: async (conversion) => {
      queryClient.setQueryData(conversionKeys.detail(id), (old: typeof conversion | undefined) => ({ ...old, ...conversion, log: conversion.log ?? old?.log }));
      await queryClient.invalidateQueries({ queryKey: conversionKeys.all });
    },
  });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {cancel.isPending ? "Cancelling…" : "Cancel conversion"}
      </Button>
      {cancel.error && <ProblemAlert error={cancel.error} title="Could not cancel" />}
    </div>
  );
}
