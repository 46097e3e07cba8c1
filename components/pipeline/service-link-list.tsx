import Link from "next/link";
import { serviceHref } from "@/components/services/service-links";
import { Dash } from "./resource-cells";

const LINK_CLASSES = "text-brand-700 hover:underline";

/** The services that use an image or a compute, as a table cell lists them. */
export function ServiceLinkList({ names }: { names: string[] }) {
  if (!names.length) return <Dash />;
  return (
    <ul className="flex flex-wrap gap-x-2 text-xs">
      {names.map((name) => (
        <li key={name}>
          <Link href={serviceHref(name)} className={LINK_CLASSES}>
            {name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The same in running text ("a, b"), as a detail page's facts show them. */
export function ServiceLinksInline({ names, emptyText }: { names: string[]; emptyText: string }) {
  if (!names.length) return <span className="text-neutral-500">{emptyText}</span>;
  return names.map((name, i) => (
    <span key={name}>
      {i > 0 && ", "}
      <Link href={serviceHref(name)} className={LINK_CLASSES}>
        {name}
      </Link>
    </span>
  ));
}
