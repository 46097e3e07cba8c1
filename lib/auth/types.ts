import type { z } from "zod";
import type { TokenScope } from "@/lib/generated/prisma/enums";
import type { apiTokenSchema } from "@/lib/openapi/resources/access";

export type { TokenScope };

/** Who a request acts as. In AUTH_MODE=local everyone is "local", with every right. */
export type Principal =
  | { kind: "local"; name: "local"; scope: "admin" }
  | { kind: "token"; tokenId: string; name: string; scope: TokenScope; via: "bearer" | "session"; sessionToken?: string };

export const LOCAL_PRINCIPAL: Principal = { kind: "local", name: "local", scope: "admin" };

/** The credentials a request may carry, whichever path it came by. */
export type RequestCredentials = {
  authorization?: string | null;
  cookie?: string | null;
  /** x-csrf-token: what a signed-in studio page sends with every change (csrf.ts). */
  csrfToken?: string | null;
  origin?: string | null;
  host?: string | null;
};

/** A token as the API shows it (never its secret): the type of its OpenAPI schema. */
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;
