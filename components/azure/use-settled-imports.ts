"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { isTransferActive, type AzureTransfer } from "@/lib/queries/azure";
import { modelKeys } from "@/lib/queries/models";

/** When an import this page watched settles, the registry has a new model: the model lists (the publish form's among them) must hear of it. */
export function useSettledImports(transfers: AzureTransfer[] | undefined) {
  const queryClient = useQueryClient();
  const running = useRef(new Set<string>());
  useEffect(() => {
    if (!transfers) return;
    const imports = transfers.filter((t) => t.kind === "import");
    const hasSettled = imports.some((t) => running.current.has(t.id) && !isTransferActive(t));
    running.current = new Set(imports.filter(isTransferActive).map((t) => t.id));
    if (hasSettled) void queryClient.invalidateQueries({ queryKey: modelKeys.all });
  }, [transfers, queryClient]);
}
