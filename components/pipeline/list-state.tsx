import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ProblemAlert } from "./problem-alert";

type ListStateProps = {
  /** The list's query: its error, and whether the first answer is still awaited. */
  query: { error: unknown; isPending: boolean };
  isEmpty: boolean;
  /** "images", as in "Loading images…" and "The images could not be listed". */
  what: string;
  empty: { icon: ReactNode; title: string; text: ReactNode };
  /** The table, shown once the list has rows. */
  children: ReactNode;
};

/** What a list page shows in place of its table: the error, a loading line, or an empty card. */
export function ListState({ query, isEmpty, what, empty, children }: ListStateProps) {
  if (query.error) return <ProblemAlert error={query.error} title={`The ${what} could not be listed`} />;
  if (query.isPending) return <p className="text-sm text-neutral-600">Loading {what}…</p>;
  if (isEmpty) {
    return (
      <EmptyState icon={empty.icon} title={empty.title}>
        <p>{empty.text}</p>
      </EmptyState>
    );
  }
  return children;
}
