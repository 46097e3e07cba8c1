import { notFound } from "next/navigation";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";

/**
 * Reads a resource for a detail page: an unknown name or id (404 `not_found`, or one the
 * schema refuses) renders the studio's 404 page, with a 404 status, as models do.
 */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((isAppError(error) && error.code === "not_found") || error instanceof ZodError) notFound();
    throw error;
  }
}
