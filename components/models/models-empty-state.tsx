import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelsIcon } from "@/components/ui/icons";

export function ModelsEmptyState({ isFiltered }: { isFiltered: boolean }) {
  if (isFiltered) {
    return (
      <EmptyState
        title="No models match these filters"
        actions={
          <Link href="/models" className={buttonClasses("secondary")}>
            Clear filters
          </Link>
        }
      >
        <p>The name filter matches a whole model name; the tag filter takes a key or key=value.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<ModelsIcon size={40} />}
      title="No models registered yet"
      actions={
        <>
          <Link href="/models/upload" className={buttonClasses("primary")}>
            Upload a model
          </Link>
          <Link href="/models/catalog" className={buttonClasses("secondary")}>
            Pull from the catalog
          </Link>
        </>
      }
    >
      <p>Upload an ONNX image model, or pull one of the catalog&apos;s ImageNet classifiers and detectors to get started.</p>
    </EmptyState>
  );
}
