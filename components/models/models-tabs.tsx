import Link from "next/link";

const TABS = [
  { href: "/models", label: "Registered models" },
  { href: "/models/catalog", label: "Catalog" },
];

export function ModelsTabs({ active }: { active: string }) {
  return (
    <nav aria-label="Models views" className="mb-4 flex gap-4 border-b border-neutral-200">
      {TABS.map((tab) => {
        const isActive = tab.href === active;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={isActive ? "page" : undefined}
            className={`-mb-px border-b-2 px-1 pb-2 text-sm ${
              isActive ? "border-brand-600 font-semibold text-neutral-900" : "border-transparent text-neutral-600 hover:text-neutral-900"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
