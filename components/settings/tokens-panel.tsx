"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ApiTokenDto } from "@/lib/auth/types";
import { formatDateTime } from "@/lib/client/format";
import { accessKeys, revokeToken, tokenListOptions } from "@/lib/queries/access";
import { CreateTokenForm } from "./create-token-form";

const STATE_TONES: Record<ApiTokenDto["state"], StatusTone> = { active: "success", expired: "warning", revoked: "neutral" };

/** Settings → API tokens: make one (its secret shown once), see when each was last used, revoke. */
export function TokensPanel() {
  const tokens = useQuery(tokenListOptions());
  return (
    <div className="space-y-4">
      <CreateTokenForm />
      {tokens.error && <ProblemAlert error={tokens.error} title="The tokens could not be listed" />}
      {tokens.data && (
        <Table label="API tokens">
          <TableHead columns={["Name", "Scope", "Token", "State", "Created", "Expires", "Last used", ""]} />
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <Td className="font-medium">{token.name}</Td>
                <Td>{token.scope}</Td>
                <Td className="font-mono text-xs">{token.prefix}…</Td>
                <Td>
                  <StatusBadge state={token.state} tone={STATE_TONES[token.state]} />
                </Td>
                <Td className="text-xs whitespace-nowrap">
                  {formatDateTime(token.createdAt)} by {token.createdBy}
                </Td>
                <Td className="text-xs whitespace-nowrap">{token.expiresAt ? formatDateTime(token.expiresAt) : "never"}</Td>
                <Td className="text-xs whitespace-nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "never"}</Td>
                <Td className="text-right">{token.state !== "revoked" && <RevokeButton token={token} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

function RevokeButton({ token }: { token: ApiTokenDto }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeToken(token.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.tokens }),
  });
  return (
    <>
      <Button className="h-7 text-red-700" disabled={revoke.isPending} onClick={() => revoke.mutate()} aria-label={`Revoke ${token.name}`}>
        {revoke.isPending ? "Revoking…" : "Revoke"}
      </Button>
      {revoke.error && <ProblemAlert error={revoke.error} title="Not revoked" />}
    </>
  );
}
