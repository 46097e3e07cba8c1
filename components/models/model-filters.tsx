import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";

const INPUT = "h-8 w-56 rounded-sm border border-neutral-300 bg-white px-2 text-sm placeholder:text-neutral-400";

/** A GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function ModelFilters({ name, tag }: { name?: string; tag?: string }) {
  const isFiltered = Boolean(name || tag);
  return (
    <Form action="/models" className="mb-3 flex flex-wrap items-end gap-2" role="search" aria-label="Filter models">
      <label className="flex flex-col gap-1 text-xs font-medium text-neutral-700">
        Name
        <input name="name" defaultValue={name} placeholder="e.g. resnet50" className={INPUT} autoComplete="off" spellCheck={false} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-neutral-700">
        Tag
        <input name="tag" defaultValue={tag} placeholder="key or key=value" className={INPUT} autoComplete="off" spellCheck={false} />
      </label>
      <Button type="submit">Apply filters</Button>
      {isFiltered && (
        <Link href="/models" className="h-8 px-2 text-sm leading-8 text-brand-700 hover:underline">
          Clear
        </Link>
      )}
    </Form>
  );
}
