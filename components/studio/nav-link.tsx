"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const isActive = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={isActive ? "page" : undefined}
      className={`flex h-9 items-center gap-2.5 border-l-[3px] px-3 text-sm ${
        isActive
          ? "border-brand-600 bg-neutral-100 font-semibold text-neutral-900"
          : "border-transparent text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900"
      }`}
    >
      {children}
    </Link>
  );
}
