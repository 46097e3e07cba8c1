import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

// Dense data tables in the style of Azure's portal grids.

export function Table({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto rounded-sm border border-neutral-200 bg-white">
      <table aria-label={label} className="w-full border-collapse text-left text-sm">
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`border-b border-neutral-200 bg-neutral-50 px-3 py-2 text-xs font-semibold whitespace-nowrap text-neutral-600 ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-neutral-100 px-3 py-1.5 align-top ${className}`} {...props} />;
}

export type Column = string | { label: string; className?: string };

/** The heading row of a table, one `Th` per column (a bare string is a plain heading). */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, className } = typeof column === "string" ? { label: column, className: undefined } : column;
          return (
            <Th key={label} className={className}>
              {label}
            </Th>
          );
        })}
      </tr>
    </thead>
  );
}
