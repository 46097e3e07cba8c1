import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getStudioSection } from "./sections";

/** The one placeholder of every section that is not built yet; its words come from sections.ts. */
export function ComingSoon({ href }: { href: string }) {
  const { label, summary, icon: Icon } = getStudioSection(href);
  return (
    <>
      <PageHeader title={label} />
      <EmptyState
        icon={<Icon size={40} />}
        title={`${label} — coming soon`}
        actions={
          <Link href="/models" className={buttonClasses("secondary")}>
            Go to Models
          </Link>
        }
      >
        <p>{summary}</p>
      </EmptyState>
    </>
  );
}
