import { Button } from "@/components/ui/button";

type Paged = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** Azure pages forward only (an opaque continuation token), so a list grows by "More" rather than page numbers. */
export function LoadMoreButton({ query, label }: { query: Paged; label: string }) {
  if (!query.hasNextPage) return null;
  return (
    <Button onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
      {query.isFetchingNextPage ? "Loading…" : label}
    </Button>
  );
}
