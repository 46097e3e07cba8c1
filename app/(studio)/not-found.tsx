import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function StudioNotFound() {
  return (
    <EmptyState
      title="Page not found"
      actions={
        <Link href="/models" className={buttonClasses("primary")}>
          Go to Models
        </Link>
      }
    >
      <p>Nothing lives at this address in Accel Studio.</p>
    </EmptyState>
  );
}
