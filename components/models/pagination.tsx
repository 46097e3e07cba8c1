import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

type PaginationProps = { page: number; pageSize: number; total: number; hrefFor: (page: number) => string };

export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between text-sm text-neutral-600">
      <p>
        {first}–{last} of {total}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={buttonClasses("secondary")} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={buttonClasses("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
            Previous
          </span>
        )}
        <span>
          Page {page} of {pages}
        </span>
        {page < pages ? (
          <Link href={hrefFor(page + 1)} className={buttonClasses("secondary")} rel="next">
            Next
          </Link>
        ) : (
          <span className={buttonClasses("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
