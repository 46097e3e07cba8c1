import Link from "next/link";
import { AccountMenu } from "@/components/access/account-menu";
import { HealthIndicator } from "./health-indicator";

export function TopBar() {
  return (
    <header className="sticky top-0 z-10 flex h-11 items-center justify-between bg-neutral-900 px-4 text-white">
      <Link href="/models" className="flex items-center gap-2 rounded-sm text-sm font-semibold tracking-tight">
        <span aria-hidden="true" className="grid h-5 w-5 place-items-center rounded-sm bg-brand-600 text-[10px] font-bold">
          A
        </span>
        Accel Studio
      </Link>
      <div className="flex items-center gap-4">
        <HealthIndicator />
        <AccountMenu />
      </div>
    </header>
  );
}
