import { CopyButton } from "@/components/ui/copy-button";

/** A sample to paste, titled, with its copy button. */
export function CodeBlock({ title, code, testId }: { title: string; code: string; testId?: string }) {
  return (
    <figure className="overflow-hidden rounded-sm border border-neutral-800 bg-neutral-900" data-testid={testId}>
      <figcaption className="flex items-center justify-between gap-2 border-b border-neutral-700 px-3 py-1.5 text-xs font-medium text-neutral-200">
        {title}
        <CopyButton text={code} label={`Copy ${title}`} className="h-6 border-neutral-600 bg-neutral-800 px-2 text-xs text-neutral-100 hover:bg-neutral-700" />
      </figcaption>
      <pre className="overflow-x-auto px-3 py-2 font-mono text-xs leading-5 text-neutral-100">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
