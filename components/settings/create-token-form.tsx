"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { KeyValue } from "@/components/ui/key-value";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { TokenScope } from "@/lib/auth/types";
import { accessKeys, createToken } from "@/lib/queries/access";

const SCOPES: { value: TokenScope; label: string }[] = [
  { value: "read", label: "read: look and score" },
  { value: "write", label: "write: also create, change and delete" },
  { value: "admin", label: "admin: also tokens and the audit log" },
];

/** Name, scope and optional expiry; the new secret is shown here once. */
export function CreateTokenForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [expires, setExpires] = useState("");
  const create = useMutation({
    mutationFn: () => createToken({ name, scope, ...(expires ? { expiresAt: new Date(`${expires}T23:59:59`).toISOString() } : {}) }),
    onSuccess: async () => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: accessKeys.tokens });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Create an API token">
      <div className="grid gap-3 sm:grid-cols-[1fr_16rem_10rem_auto] sm:items-end">
        <Field id="token-name" label="Name" isRequired>
          <input id="token-name" className={INPUT_CLASSES} value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-deploy" required maxLength={64} />
        </Field>
        <Field id="token-scope" label="Scope">
          <Select id="token-scope" value={scope} onChange={(e) => setScope(e.target.value as TokenScope)}>
            {SCOPES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="token-expires" label="Expires (optional)">
          <input id="token-expires" type="date" className={INPUT_CLASSES} value={expires} onChange={(e) => setExpires(e.target.value)} />
        </Field>
        <Button type="submit" variant="primary" disabled={create.isPending || !name.trim()}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
      </div>
      {create.error && <ProblemAlert error={create.error} title="The token could not be created" />}
      {create.data && (
        <div className="space-y-2 rounded-sm border border-amber-300 bg-amber-50/50 p-3" data-testid="token-once">
          <Alert tone="warning" title={`Token "${create.data.name}" (${create.data.scope}): save it now`}>
            You will not see it again: the studio keeps only its hash. Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>, or sign in with it.
          </Alert>
          <KeyValue label="Token" value={create.data.secret} testId="token-secret" />
        </div>
      )}
    </form>
  );
}
