import type { SelectHTMLAttributes } from "react";

export const SELECT_CLASSES =
  "h-8 rounded-sm border border-neutral-300 bg-white px-2 text-sm text-neutral-900 disabled:cursor-not-allowed disabled:bg-neutral-50 disabled:text-neutral-500";

/** A native select with the studio's control height and border. */
export function Select({ className = "", ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={`${SELECT_CLASSES} ${className}`.trim()} {...props} />;
}
