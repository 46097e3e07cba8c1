import type { Command } from "commander";
import { dataOf } from "@/lib/client/api";
import { contextOf } from "../context";
import { print, table } from "../output";

export function registerTokens(program: Command): void {
  const tokens = program.command("tokens").description("API tokens (admin scope)");
  tokens
    .command("create <name>")
    .description("Make a token; its secret is printed this once")
    .option("--scope <scope>", "read, write or admin", "read")
    .option("--expires <iso>", "when it stops working (ISO 8601)")
    .action(async (name: string, options: { scope: "read" | "write" | "admin"; expires?: string }, command: Command) => {
      const { client, output } = await contextOf(command);
      const token = dataOf(await client.POST("/api/v1/tokens", { body: { name, scope: options.scope, ...(options.expires ? { expiresAt: options.expires } : {}) } }));
      print(output, token, () => `${token.secret}\n(token "${token.name}", scope ${token.scope}: save it now, it is not shown again)`);
    });
  tokens
    .command("list")
    .description("List tokens (never their secrets)")
    .action(async (_options, command: Command) => {
      const { client, output } = await contextOf(command);
      const items = dataOf(await client.GET("/api/v1/tokens"));
      print(output, items, () => table([["ID", "NAME", "SCOPE", "STATE", "LAST USED"], ...items.map((t) => [t.id, t.name, t.scope, t.state, t.lastUsedAt ?? "never"])]));
    });
  tokens
    .command("revoke <id>")
    .description("Revoke a token at once")
    .action(async (id: string, _options, command: Command) => {
      const { client, output } = await contextOf(command);
      const token = dataOf(await client.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } }));
      print(output, token, () => `Revoked "${token.name}"`);
    });
}
