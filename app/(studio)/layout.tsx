import type { ReactNode } from "react";
import { StudioNav } from "@/components/studio/studio-nav";
import { TopBar } from "@/components/studio/top-bar";

export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-20 focus:bg-white focus:px-2 focus:py-1 focus:text-neutral-900"
      >
        Skip to content
      </a>
      <TopBar />
      <div className="flex min-h-[calc(100vh-2.75rem)]">
        <StudioNav />
        <main id="main" className="min-w-0 flex-1 px-6 py-5">
          {children}
        </main>
      </div>
    </div>
  );
}
