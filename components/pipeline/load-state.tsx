import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { isApiError } from "@/lib/client/api-error";
import { ProblemAlert } from "./problem-alert";

/** The resource is not (or no longer) there: deleted, or never was. */
export const isNotFound = (error: unknown) => isApiError(error) && error.status === 404;

/** What a detail page shows before its resource arrives: a skeleton, a not-found card, or the error. */
export function LoadState({ error, what, back }: { error: unknown; what: string; back: { href: string; label: string } }) {
  if (!error) {
    return (
      <div aria-busy="true" aria-live="polite" className="animate-pulse">
        <span className="sr-only">Loading {what}…</span>
        <div className="mb-2 h-4 w-32 rounded-sm bg-neutral-200" />
        <div className="mb-4 h-6 w-72 rounded-sm bg-neutral-200" />
        <div className="h-16 rounded-sm bg-neutral-200/70" />
      </div>
    );
  }
  if (isNotFound(error)) {
    return (
      <EmptyState
        title={`${what[0].toUpperCase()}${what.slice(1)} not found`}
        actions={
          <Link href={back.href} className={buttonClasses("primary")}>
            {back.label}
          </Link>
        }
      >
        <p>There is no such {what} in this studio. It may have been deleted.</p>
      </EmptyState>
    );
  }
  return <ProblemAlert error={error} title={`The ${what} could not be loaded`} />;
}
