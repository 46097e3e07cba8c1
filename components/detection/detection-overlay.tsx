"use client";
/* eslint-disable @next/next/no-img-element -- the image is a blob: URL that next/image cannot optimise */

import { useId, useState } from "react";
import { PictureIcon } from "@/components/ui/more-icons";
import { formatProbability } from "@/components/score/format-latency";
import { classColor } from "./class-colors";
import { summarizeClasses } from "./detection-classes";
import { DetectionBoxes } from "./detection-boxes";
import type { Detection } from "./types";
import { useDisplayedSize } from "./use-displayed-size";

/** The slider's floor: what the studio asks the server for (lib/client/score-image.ts, DETECTION_REQUEST_THRESHOLD). */
export const MIN_SCORE_THRESHOLD = 0.2;
export const DEFAULT_SCORE_THRESHOLD = 0.5;

type DetectionOverlayProps = {
  src: string;
  fileName: string;
  /** The scored image's size in pixels: the space the boxes are in. */
  image: { width: number; height: number };
  detections: Detection[];
  /** The threshold the server applied; the slider cannot go below it. */
  requestedThreshold?: number;
};

/**
 * A detector's answer drawn over the image: a box and a label chip per detection, a
 * checkbox per class to hide its boxes, and a score threshold slider.
 *
 * The slider filters on the client, and that is exact: the studio asks the server for
 * detections at the slider's minimum, and greedy non-maximum suppression only ever lets
 * a box suppress one that scores lower, so the boxes that reach a higher threshold, and
 * the boxes that suppressed them, all reach it too — filtering the low-threshold answer
 * gives exactly what suppression run at the higher threshold would (and the
 * maxDetections cap keeps the best ones in both). So moving the slider is instant.
 */
export function DetectionOverlay({ src, fileName, image, detections, requestedThreshold = MIN_SCORE_THRESHOLD }: DetectionOverlayProps) {
  const sliderId = useId();
  const floor = Math.min(1, Math.max(0, requestedThreshold));
  const [threshold, setThreshold] = useState(Math.max(floor, DEFAULT_SCORE_THRESHOLD));
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [isBroken, setIsBroken] = useState(false);
  const { ref, size } = useDisplayedSize<HTMLImageElement>();

  const classes = summarizeClasses(detections, threshold);
  const visible = detections.filter((d) => d.score >= threshold && !hidden.has(d.classId));
  const aboveThreshold = detections.filter((d) => d.score >= threshold).length;
  const toggle = (classId: number, isShown: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (isShown) next.delete(classId);
      else next.add(classId);
      return next;
    });

  return (
    <div className="space-y-2" data-testid="detection-overlay">
      <div className="relative inline-block max-w-full align-top">
        {isBroken ? (
          <div className="flex h-40 w-64 flex-col items-center justify-center gap-1 rounded-sm border border-dashed border-neutral-300 bg-neutral-50 text-xs text-neutral-500">
            <PictureIcon size={22} />
            No preview: the browser cannot draw this image
          </div>
        ) : (
          <img
            ref={ref}
            src={src}
            alt={`${fileName} with ${visible.length} detection${visible.length === 1 ? "" : "s"} drawn`}
            onError={() => setIsBroken(true)}
            className="block h-auto max-h-[26rem] w-auto max-w-full rounded-sm bg-neutral-100 ring-1 ring-neutral-200"
          />
        )}
        {!isBroken && size && <DetectionBoxes detections={visible} image={image} displayed={size} />}
      </div>

      <p className="text-xs text-neutral-700" aria-live="polite" data-testid="detection-count">
        {detections.length === 0
          ? "Nothing detected."
          : `${visible.length} of ${aboveThreshold} detection${aboveThreshold === 1 ? "" : "s"} at ≥ ${formatProbability(threshold)} shown`}
        {detections.length > aboveThreshold && <span className="text-neutral-500"> · {detections.length - aboveThreshold} below the threshold</span>}
      </p>

      <div className="grid gap-1">
        <div className="flex items-center gap-2 text-xs">
          <label htmlFor={sliderId} className="font-medium whitespace-nowrap text-neutral-800">
            Score threshold
          </label>
          <input
            id={sliderId}
            type="range"
            min={floor}
            max={1}
            step={0.01}
            value={threshold}
            onChange={(event) => setThreshold(Number(event.target.value))}
            aria-valuetext={formatProbability(threshold)}
            className="min-w-0 flex-1 accent-brand-600"
          />
          <output htmlFor={sliderId} className="w-12 text-right font-medium text-neutral-900 tabular-nums" data-testid="threshold-value">
            {formatProbability(threshold)}
          </output>
        </div>
      </div>

      {classes.length > 0 && (
        <fieldset className="min-w-0">
          <legend className="mb-1 text-xs font-medium text-neutral-800">Classes</legend>
          <div className="flex flex-wrap gap-1.5">
            {classes.map((c) => (
              <label
                key={c.classId}
                title={`class ${c.classId}: ${c.shown} at the threshold, ${c.total} in the answer`}
                className={`inline-flex cursor-pointer items-center gap-1.5 rounded-sm border border-neutral-300 bg-white px-1.5 text-xs leading-6 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${c.shown === 0 ? "text-neutral-500" : "text-neutral-800"}`}
              >
                <input type="checkbox" checked={!hidden.has(c.classId)} onChange={(event) => toggle(c.classId, event.target.checked)} className="accent-brand-600" />
                <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-[1px]" style={{ backgroundColor: classColor(c.classId) }} />
                <span>{c.label}</span>
                <span className="text-neutral-500 tabular-nums" aria-label={`${c.shown} shown`}>
                  {c.shown}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
