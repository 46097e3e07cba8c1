import { env } from "@/lib/env";
import type { RegistryCredentials } from "./registry-client";

export type RegistryConfig = { baseUrl: string; host: string; credentials: RegistryCredentials; repositoryPrefix?: string };

/** The registry images are pushed to (REGISTRY_URL and its credentials), or null when none is configured. */
export function configuredRegistry(): RegistryConfig | null {
  const { REGISTRY_URL, REGISTRY_USERNAME, REGISTRY_PASSWORD, REGISTRY_TOKEN, REGISTRY_REPOSITORY_PREFIX } = env();
  if (!REGISTRY_URL) return null;
  const credentials: RegistryCredentials =
    REGISTRY_USERNAME && REGISTRY_PASSWORD ? { username: REGISTRY_USERNAME, password: REGISTRY_PASSWORD } : REGISTRY_TOKEN ? { token: REGISTRY_TOKEN } : null;
  return { baseUrl: REGISTRY_URL, host: new URL(REGISTRY_URL).host, credentials, repositoryPrefix: REGISTRY_REPOSITORY_PREFIX };
}
