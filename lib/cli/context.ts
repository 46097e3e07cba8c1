import type { Command } from "commander";
import type { AccelClient } from "@/lib/client/api";
import { connect } from "./connect";
import type { Output } from "./output";
import { resolveSettings, type Settings } from "./settings";

export type Context = { client: AccelClient; settings: Settings; output: Output };

/** The global options of any (sub)command, resolved into a client of the studio (timeoutMs: each request's deadline, connect's by default). */
export async function contextOf(command: Command, connection: { timeoutMs?: number } = {}): Promise<Context> {
  const options = command.optsWithGlobals<{ url?: string; token?: string; json?: boolean }>();
  const settings = await resolveSettings(options);
  return { client: connect(settings, connection), settings, output: { json: Boolean(options.json) } };
}

/** Reads "key=value" flags (repeatable) into an object. */
export function collectPairs(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf("=");
  if (at < 1) throw new Error(`"${value}" is not key=value`);
  return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
}
