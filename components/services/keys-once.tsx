import { Alert } from "@/components/ui/alert";
import type { ServiceKeys } from "./service-keys-store";
import { KeyValue } from "@/components/ui/key-value";

/** Freshly issued keys with the warning that they are shown once. */
export function KeysOnce({ keys, title = "Save these keys now" }: { keys: ServiceKeys; title?: string }) {
  return (
    <div className="space-y-2 rounded-sm border border-amber-300 bg-amber-50/50 p-3" data-testid="service-keys-once">
      <Alert tone="warning" title={title}>
        You will not see these again: the studio keeps only their hashes. This browser tab remembers them until it closes, so the Test tab can use them.
      </Alert>
      {keys.primary && <KeyValue label="Primary key" value={keys.primary} testId="primary-key" />}
      {keys.secondary && <KeyValue label="Secondary key" value={keys.secondary} testId="secondary-key" />}
    </div>
  );
}
