"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { signIn } from "@/lib/queries/session";

/** Only paths of this studio: a `next` naming another site would make the page an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/models";
}

export function SignInForm({ next }: { next?: string }) {
  const [token, setToken] = useState("");
  const signingIn = useMutation({
    mutationFn: () => signIn(token.trim()),
    // A full navigation, so that every page and query starts with the new session.
    onSuccess: () => window.location.assign(safeNext(next)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signingIn.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Sign in">
      <Field id="token" label="API token" hint="An API token from Settings (accel_…), or the ACCEL_ADMIN_TOKEN this studio was started with.">
        <input
          id="token"
          type="password"
          autoComplete="current-password"
          className={`${INPUT_CLASSES} font-mono`}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
          autoFocus
        />
      </Field>
      {signingIn.error && <ProblemAlert error={signingIn.error} title="Not signed in" />}
      <Button type="submit" variant="primary" className="w-full" disabled={signingIn.isPending || signingIn.isSuccess || !token.trim()}>
        {signingIn.isPending || signingIn.isSuccess ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
