import type { Command } from "commander";
import { dataOf } from "@/lib/client/api";
import { connect } from "../connect";
import { CliError } from "../errors";
import { print } from "../output";
import { resolveSettings, saveSettings } from "../settings";

export function registerLogin(program: Command): void {
  program
    .command("login")
    .description("Check a token against a studio and remember both (~/.config/accel/config.json, this user only)")
    .action(async (_options, command: Command) => {
      const flags = command.optsWithGlobals<{ url?: string; token?: string; json?: boolean }>();
      const settings = await resolveSettings(flags);
      const session = dataOf(await connect(settings).GET("/api/auth/session"));
      if (session.authMode === "token" && !settings.token) throw new CliError("This studio needs a token: accel login --token <token> (from Settings, or ACCEL_ADMIN_TOKEN).", 2);
      const file = await saveSettings(settings);
      print({ json: Boolean(flags.json) }, { url: settings.url, ...session, saved: file }, () => `Signed in to ${settings.url} as ${session.name} (${session.scope}); saved in ${file}`);
    });
}
