import { Button } from "@/components/ui/button";
import { ScoreCard } from "./score-card";
import type { ScoreItem } from "./use-score-cards";

type ScoreResultsProps = {
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  items: ScoreItem[];
  highlight: string;
  profileNames: Record<string, string>;
  onRemove: (id: string) => void;
  onClear: () => void;
  /** "1 scoring, 2 queued" beside the count, where many images are dropped at once. */
  showProgress?: boolean;
};

/** The result cards of the Score page and of a service's Test tab, under one heading with "Clear results". */
export function ScoreResults({ headingId, items, highlight, profileNames, onRemove, onClear, showProgress = false }: ScoreResultsProps) {
  if (!items.length) return null;
  const scoring = items.filter((i) => i.status === "scoring").length;
  const queued = items.filter((i) => i.status === "queued").length;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-neutral-900">
          Results <span className="font-normal text-neutral-500">({items.length})</span>
          {showProgress && (scoring > 0 || queued > 0) && (
            <span className="ml-2 font-normal text-neutral-600">
              {scoring} scoring{queued > 0 ? `, ${queued} queued` : ""}
            </span>
          )}
        </h2>
        <Button variant="ghost" className="h-7" onClick={onClear}>
          Clear results
        </Button>
      </div>
      <div className="space-y-2">
        {items.map((item) => (
          <ScoreCard key={item.id} item={item} highlight={highlight} profileNames={profileNames} onRemove={onRemove} />
        ))}
      </div>
    </section>
  );
}
