"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { sessionOptions, signOut } from "@/lib/queries/session";

/** Who the studio acts as, and sign-out; nothing without sign-in (AUTH_MODE=local). */
export function AccountMenu() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useQuery(sessionOptions());
  const out = useMutation({
    mutationFn: signOut,
    // Nothing the session could read stays in the page's cache.
    onSuccess: () => (queryClient.clear(), router.replace("/sign-in")),
  });
  if (session.data?.authMode !== "token") return null;
  return (
    <div className="flex items-center gap-3 text-xs">
      <span data-testid="signed-in-as">
        {session.data.name} <span className="text-neutral-400">({session.data.scope})</span>
      </span>
      {session.data.via === "session" && (
        <button type="button" className="rounded-sm px-2 py-1 hover:bg-neutral-700 disabled:opacity-50" onClick={() => out.mutate()} disabled={out.isPending}>
          Sign out
        </button>
      )}
    </div>
  );
}
