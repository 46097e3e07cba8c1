import type { Metadata } from "next";
import { SignInForm } from "@/components/access/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <main className="grid min-h-screen place-items-center bg-neutral-100 px-4">
      <div className="w-full max-w-sm space-y-5 rounded-sm border border-neutral-200 bg-white p-6 shadow-sm">
        <div className="flex items-center gap-2">
          <span aria-hidden="true" className="grid h-6 w-6 place-items-center rounded-sm bg-brand-600 text-xs font-bold text-white">
            A
          </span>
          <h1 className="text-lg font-semibold">Sign in to Accel Studio</h1>
        </div>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
