import { CopyButton } from "@/components/ui/copy-button";

/** A secret or URI on one line in monospace, with its copy button. */
export function KeyValue({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="space-y-0.5">
      <p className="text-xs font-medium text-neutral-700">{label}</p>
      <div className="flex items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded-sm border border-neutral-200 bg-neutral-50 px-2 py-1 font-mono text-xs text-neutral-900 select-all" title={value} data-testid={testId}>
          {value}
        </code>
        <CopyButton text={value} label={`Copy ${label[0].toLowerCase()}${label.slice(1)}`} />
      </div>
    </div>
  );
}
