"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { regenerateServiceKey, serviceKeys, type ServiceKeyName } from "@/lib/queries/services";
import { KeysOnce } from "./keys-once";
import { saveServiceKeys } from "./service-keys-store";

/** Replaces one key; the new one is shown here, once. The other key keeps working, so callers can roll over. */
export function RegenerateKey({ service, which }: { service: string; which: ServiceKeyName }) {
  const queryClient = useQueryClient();
  const regenerate = useMutation({
    mutationFn: () => regenerateServiceKey({ name: service, key: which }),
    onSuccess: async (answer) => {
      saveServiceKeys(service, answer.keys);
      await queryClient.invalidateQueries({ queryKey: serviceKeys.detail(service) });
    },
  });
  const fresh = regenerate.data?.keys?.[which];
  return (
    <div className="space-y-2">
      <Button onClick={() => regenerate.mutate()} disabled={regenerate.isPending}>
        {regenerate.isPending ? "Regenerating…" : `Regenerate ${which} key`}
      </Button>
      {fresh && <KeysOnce keys={{ [which]: fresh }} title={`New ${which} key: save it now`} />}
      {regenerate.error && <ProblemAlert error={regenerate.error} title={`The ${which} key could not be regenerated`} />}
    </div>
  );
}
