import { createAccelClient, type AccelClient } from "@/lib/client/api";
import { CliError } from "./errors";
import type { Settings } from "./settings";

// A studio that cannot be reached must say so within seconds, not hang: every request
// has a deadline, and a refused or unresolvable address is named with the URL tried.
const REQUEST_TIMEOUT_MS = 10_000;

export function connect(settings: Settings, options: { timeoutMs?: number } = {}): AccelClient {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const fetchWithDeadline: typeof fetch = async (input, init) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : causeOf(error);
      throw new CliError(`Could not reach the studio at ${settings.url}: ${reason}. Start it with \`npm start\`, or pass --url / set ACCEL_URL.`);
    }
  };
  return createAccelClient({ baseUrl: settings.url, token: settings.token, fetch: fetchWithDeadline });
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
