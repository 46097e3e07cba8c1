import { NavLink } from "./nav-link";
import { STUDIO_DOC_LINKS, STUDIO_SECTIONS } from "./sections";

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
        <h2 id="studio-nav-docs" className="mt-3 border-t border-neutral-200 px-3 pt-3 pb-1 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">
          Docs
        </h2>
        <ul aria-labelledby="studio-nav-docs">
          {STUDIO_DOC_LINKS.map(({ href, label, icon: Icon }) => (
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
