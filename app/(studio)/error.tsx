"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function StudioError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <Alert tone="error" title="This page could not be shown">
        <p>
          The studio hit an error while loading it. If the database or worker is down (see the lights at the top right), start the studio
          again and retry.
        </p>
        {digest && <p className="mt-1 font-mono text-xs">Error reference: {digest}</p>}
      </Alert>
      <Button variant="primary" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
