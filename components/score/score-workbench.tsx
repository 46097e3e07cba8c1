"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useEffectEvent, useState } from "react";
import { readDetections } from "@/components/detection/types";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { DeviceProfile } from "@/lib/fpga/types";
import { fpgaProfilesOptions, peakTflops } from "@/lib/queries/fpga";
import { healthOptions } from "@/lib/queries/health";
import { modelListOptions, modelVersionsOptions, type ModelPage } from "@/lib/queries/models";
import { SCORE_MODEL_PAGE_SIZE } from "@/lib/queries/score";
import { formatMs, formatProbability } from "./format-latency";
import { ImageDropZone } from "./image-drop-zone";
import { ModelPicker } from "./model-picker";
import { ScoreHistory } from "./score-history";
import { ScoreResults } from "./score-results";
import type { ScoreItem } from "./use-score-cards";
import { useScoreQueue } from "./use-score-queue";

const DEFAULT_HIGHLIGHT = "arria10-pb6"; // the Azure PB6 VM's FPGA, the product this studio follows

type ScoreWorkbenchProps = {
  profiles: DeviceProfile[];
  /** The server's read of the model list, so the picker is filled on arrival. */
  initialModels?: ModelPage;
  initialModel?: { name: string; version: number | null } | null;
};

/** The Score page's interactive part: model and profile, the drop zone, the result cards and the history. */
export function ScoreWorkbench({ profiles: initialProfiles, initialModels, initialModel = null }: ScoreWorkbenchProps) {
  const [choice, setChoice] = useState<{ name: string; version: number | null } | null>(initialModel);
  const [highlight, setHighlight] = useState<string>(
    initialProfiles.some((p) => p.id === DEFAULT_HIGHLIGHT) ? DEFAULT_HIGHLIGHT : (initialProfiles[0]?.id ?? ""),
  );
  const [announcement, setAnnouncement] = useState("");

  const profiles = useQuery({ ...fpgaProfilesOptions(), initialData: { items: initialProfiles } }).data.items;
  const profileIds = profiles.map((p) => p.id);
  const profileNames = Object.fromEntries(profiles.map((p) => [p.id, p.name]));

  const modelList = useQuery({ ...modelListOptions({ pageSize: SCORE_MODEL_PAGE_SIZE }), initialData: initialModels });
  const models = [...(modelList.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const fallbackName = (models.find((m) => m.name.includes("mobilenet")) ?? models[0])?.name ?? null;
  const name = choice && models.some((m) => m.name === choice.name) ? choice.name : fallbackName;
  const latest = models.find((m) => m.name === name)?.version ?? null;
  const version = choice?.name === name && choice.version !== null ? choice.version : latest;
  const model = name && version !== null ? { name, version } : null;
  // The chosen version's task decides how it is asked (a detector takes a score threshold) and drawn.
  const versionList = useQuery({ ...modelVersionsOptions(name ?? ""), enabled: Boolean(name) }).data?.items;
  const task = (versionList?.find((m) => m.version === version) ?? models.find((m) => m.name === name && m.version === version))?.task ?? "classification";

  const workers = useQuery(healthOptions()).data?.checks.workers;

  const { items, add, remove, clear } = useScoreQueue({ onSettled: (item) => setAnnouncement(describeSettled(item)) });

  const addFiles = (files: File[]) => {
    if (!model || !files.length) return;
    add({ files, model, profiles: profileIds, task });
    setAnnouncement(`Scoring ${files.length === 1 ? files[0].name || "1 image" : `${files.length} images`} with ${model.name}:${model.version}.`);
  };

  // Paste anywhere on the page: images on the clipboard become cards like dropped ones.
  const onPaste = useEffectEvent((event: ClipboardEvent) => {
    const files = Array.from(event.clipboardData?.files ?? []).filter((f) => f.type.startsWith("image/"));
    if (!files.length) return;
    event.preventDefault();
    addFiles(files.map((f, i) => (f.name && f.name !== "image.png" ? f : new File([f], `pasted-${Date.now()}-${i + 1}.${f.type.split("/")[1] ?? "png"}`, { type: f.type }))));
  });
  useEffect(() => {
    const listener = (event: ClipboardEvent) => onPaste(event);
    document.addEventListener("paste", listener);
    return () => document.removeEventListener("paste", listener);
  }, []);

  if (modelList.isSuccess && models.length === 0) {
    return (
      <EmptyState
        title="No models to score"
        actions={
          <>
            <Link href="/models/catalog" className={buttonClasses("primary")}>
              Pull from the catalog
            </Link>
            <Link href="/models/upload" className={buttonClasses("secondary")}>
              Upload a model
            </Link>
          </>
        }
      >
        <p>Register an image classifier or detector first; then drop images here to see its labels or boxes, the measured CPU time and the simulated FPGA latency.</p>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite" className="sr-only" data-testid="score-announcer">
        {announcement}
      </div>
      {workers && workers.status !== "ok" && (
        <Alert tone="warning" title="No scoring worker is running">
          Scores answer 503 until a worker starts. <Link href="/settings" className="underline">Check Settings</Link>.
        </Alert>
      )}
      {modelList.isError && (
        <Alert tone="error" title="The models could not be listed">
          {modelList.error.message}
        </Alert>
      )}

      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
        <div className="space-y-3 rounded-sm border border-neutral-200 bg-white p-3">
          <ModelPicker models={models} name={name} version={version} onChange={setChoice} isLoading={modelList.isPending} />
          <div>
            <SegmentedControl
              label="Highlight device profile"
              value={highlight}
              onChange={setHighlight}
              options={profiles.map((p) => ({ value: p.id, label: p.id, title: `${p.name}: ${peakTflops(p).toFixed(1)} TFLOPS peak` }))}
            />
            <p className="mt-1 text-xs text-neutral-600">Every score is simulated on every profile; the highlighted one is emphasised on the cards, in the table and in the chart.</p>
          </div>
        </div>
        <ImageDropZone onFiles={addFiles} disabled={!model} disabledReason={modelList.isPending ? "Loading models…" : "Choose a model first."} />
      </div>

      <ScoreResults headingId="score-results-heading" items={items} highlight={highlight} profileNames={profileNames} onRemove={remove} onClear={clear} showProgress />

      <ScoreHistory profiles={profileIds} highlight={highlight} />
    </div>
  );
}

function describeSettled(item: ScoreItem): string {
  const result = item.response?.result;
  if (!result) return `${item.fileName} failed: ${item.error?.title ?? "scoring failed"}${item.error?.detail ? `. ${item.error.detail}` : ""}`;
  const detected = readDetections(result);
  const top = result.top[0];
  const label = detected
    ? `${detected.detections.length} detection${detected.detections.length === 1 ? "" : "s"}${detected.detections[0] ? `, best ${detected.detections[0].label} ${formatProbability(detected.detections[0].score)}` : ""}`
    : top
      ? `${top.label} ${formatProbability(top.probability)}`
      : "no classes";
  return `${item.fileName}: ${label}. Measured ${formatMs(result.timings.serverMs)} on the server.`;
}
