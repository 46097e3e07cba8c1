import { NavLink } from "./nav-link";
import { STUDIO_SECTIONS } from "./sections";

export function StudioNav() {
  return (
    <aside className="w-48 shrink-0 border-r border-neutral-200 bg-white">
      <nav aria-label="Studio" className="sticky top-11 max-h-[calc(100vh-2.75rem)] overflow-y-auto py-2">
        <ul>
          {STUDIO_SECTIONS.map(({ href, label, icon: Icon }) => (
            <li key={href}>
              <NavLink href={href}>
                <Icon className="shrink-0 text-neutral-500" />
                <span>{label}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
