import { Command, CommanderError } from "commander";
import { registerAzure } from "./commands/azure";
import { registerDeploy } from "./commands/deploy";
import { registerLogin } from "./commands/login";
import { registerModels } from "./commands/models";
import { registerPipeline } from "./commands/pipeline";
import { registerScore } from "./commands/score";
import { registerTokens } from "./commands/tokens";
import { CliError, describeFailure } from "./errors";

// `accel`: the studio's workflow from a terminal or a script, on the typed client
// (lib/client/api) and commander. Exit codes: 0 done, 1 the operation failed (the
// reason on stderr), 2 misuse (usage on stderr).

export function buildProgram(): Command {
  const program = new Command("accel")
    .description("Accel Studio from the command line: register → convert → image → compute → deploy → score; Azure ML import and publish")
    .option("--url <url>", "the studio (or ACCEL_URL; default http://localhost:3000)")
    .option("--token <token>", "an API token (or ACCEL_TOKEN, or `accel login`)")
    .option("--json", "print machine-readable JSON only")
    .showHelpAfterError()
    .exitOverride();
  registerLogin(program);
  registerModels(program);
  registerPipeline(program);
  registerScore(program);
  registerDeploy(program);
  registerTokens(program);
  registerAzure(program);
  // Subcommands inherit the misuse handling: an unknown flag or a missing argument is exit 2.
  const visit = (command: Command) => command.commands.forEach((sub) => (sub.exitOverride().showHelpAfterError(), visit(sub)));
  visit(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version "fail" with exit code 0; everything else commander reports is misuse.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`accel: ${describeFailure(error)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
