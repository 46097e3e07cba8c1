import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";

// Where the CLI finds the studio and its token: --url/--token, then ACCEL_URL/ACCEL_TOKEN,
// then what `accel login` saved (readable by this user only), then a local studio.

export type Settings = { url: string; token?: string };
export const DEFAULT_URL = "http://localhost:3000";

function configFile(): string {
  const base = process.env.XDG_CONFIG_HOME || path.join(homedir(), ".config");
  return path.join(base, "accel", "config.json");
}

async function saved(): Promise<Partial<Settings>> {
  try {
    return JSON.parse(await readFile(configFile(), "utf8")) as Partial<Settings>;
  } catch {
    return {};
  }
}

export async function resolveSettings(flags: { url?: string; token?: string }): Promise<Settings> {
  const file = await saved();
  // An empty variable means "not set", as for the studio's own settings (lib/env.ts).
  const fromEnv = (name: string) => process.env[name] || undefined;
  return { url: (flags.url ?? fromEnv("ACCEL_URL") ?? file.url ?? DEFAULT_URL).replace(/\/$/, ""), token: flags.token ?? fromEnv("ACCEL_TOKEN") ?? file.token };
}

export async function saveSettings(settings: Settings): Promise<string> {
  const file = configFile();
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(settings, null, 2), { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}
