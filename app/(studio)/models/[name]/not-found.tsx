import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ModelNotFound() {
  return (
    <EmptyState
      title="Model not found"
      actions={
        <Link href="/models" className={buttonClasses("primary")}>
          Back to models
        </Link>
      }
    >
      <p>There is no model (or no such version) with that name in this studio. It may have been deleted.</p>
    </EmptyState>
  );
}
