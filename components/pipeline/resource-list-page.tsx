import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

type ResourceListPageProps = {
  title: string;
  description: string;
  /** The page's own path; `?new=1` opens its form. */
  href: string;
  /** "New image", the button that opens the form. */
  newLabel: string;
  /** The open form, or nothing while it is closed (the button shows instead). */
  form?: ReactNode;
  /** The list. */
  children: ReactNode;
};

/** The Conversions, Images, Compute and Services pages: header with its "New …" button, the form when open, then the list. */
export function ResourceListPage({ title, description, href, newLabel, form, children }: ResourceListPageProps) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          !form && (
            <Link href={`${href}?new=1`} className={buttonClasses("primary")}>
              {newLabel}
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {form}
        {children}
      </div>
    </>
  );
}
