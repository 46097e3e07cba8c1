import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatBytes, formatPercent } from "@/lib/client/format";

export type UploadPhase = { phase: "sending"; loaded: number; total: number } | { phase: "inspecting" };

export function UploadProgress({ state, onCancel }: { state: UploadPhase; onCancel: () => void }) {
  if (state.phase === "inspecting") {
    return (
      <div className="space-y-1.5" aria-live="polite">
        <ProgressBar value={null} label="Inspecting the model" />
        <p className="text-sm text-neutral-700">Uploaded. The studio is reading the model&apos;s graph and registering the version…</p>
      </div>
    );
  }
  const fraction = state.total > 0 ? state.loaded / state.total : 0;
  const text = `${formatBytes(state.loaded)} of ${formatBytes(state.total)}`;
  return (
    <div className="space-y-1.5">
      <ProgressBar value={fraction} label="Upload progress" valueText={text} />
      <div className="flex items-center justify-between text-sm text-neutral-700">
        <span data-testid="upload-progress-text">
          Uploading… {text} ({formatPercent(fraction)})
        </span>
        <Button variant="ghost" onClick={onCancel}>
          Cancel upload
        </Button>
      </div>
    </div>
  );
}
