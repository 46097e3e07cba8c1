import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";

// RFC 9457 problem details, as every error of every HTTP surface answers
// (lib/errors/problem.ts); `code` is the stable, machine-readable member.
export const problemSchema = z
  .object({
    type: z.string().describe("A URI naming the kind of problem"),
    title: z.string(),
    status: z.int(),
    detail: z.string().describe("What happened, for a person"),
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]).describe("Stable code a program can rely on"),
    instance: z.string().optional().describe("The request's path"),
    requestId: z.string().optional(),
  })
  .catchall(z.unknown())
  .describe("application/problem+json (RFC 9457); extension members name what the problem is about");
