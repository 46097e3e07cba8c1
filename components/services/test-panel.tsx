"use client";

import { useState } from "react";
import { ImageDropZone } from "@/components/score/image-drop-zone";
import { ScoreResults } from "@/components/score/score-results";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASSES } from "@/components/ui/field";
import type { ServiceDto } from "@/lib/services/types";
import { useServiceKeys } from "./service-keys-store";
import { useServiceScores } from "./use-service-scores";

/** Drop images on the deployed service, as a client would call it, and see the Score page's cards. */
export function TestPanel({ service }: { service: ServiceDto }) {
  const stored = useServiceKeys(service.name);
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const [isKeyShown, setIsKeyShown] = useState(false);
  const key = typedKey ?? stored.primary ?? stored.secondary ?? "";
  // The served model's task: a detector is asked for its boxes and they are drawn over the image.
  const task = service.model.task;
  const { items, add, remove, clear } = useServiceScores({ service: service.name, model: service.model, task });
  const isReady = service.state === "Healthy";
  return (
    <div className="space-y-4">
      {!isReady && (
        <Alert tone="warning" title={`The service is ${service.state}`}>
          Scores answer 503 (unavailable) until it is Healthy{service.state === "Transitioning" ? "; the Overview tab follows the deployment" : ""}.
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
        <div className="space-y-2 rounded-sm border border-neutral-200 bg-white p-3">
          {service.authEnabled ? (
            <div className="space-y-1">
              <label htmlFor="service-key" className="block text-xs font-medium text-neutral-700">
                Service key
              </label>
              <div className="flex gap-2">
                <input id="service-key" type={isKeyShown ? "text" : "password"} className={`${INPUT_CLASSES} h-8 font-mono`} value={key} autoComplete="off" spellCheck={false} aria-describedby="service-key-hint" onChange={(e) => setTypedKey(e.target.value)} />
                <Button className="h-8" onClick={() => setIsKeyShown(!isKeyShown)} aria-pressed={isKeyShown}>
                  {isKeyShown ? "Hide" : "Show"}
                </Button>
              </div>
              <p id="service-key-hint" className="text-xs text-neutral-600">
                {stored.primary || stored.secondary ? "Filled in with the key this tab was given when the service was deployed." : "Paste the primary or secondary key. Without the right one, scores answer 401."}
              </p>
            </div>
          ) : (
            <p className="text-sm text-neutral-700">Authentication is off: requests need no key.</p>
          )}
          <p className="text-xs text-neutral-600">
            Each image goes to <code className="font-mono">POST {service.links.score}</code> and is scored by the service&apos;s replica on <span className="font-mono">{service.compute}</span>.
          </p>
        </div>
        <ImageDropZone onFiles={(files) => add(files, service.authEnabled ? key.trim() || undefined : undefined)} />
      </div>
      <ScoreResults headingId="service-results-heading" items={items} highlight={service.deviceProfile} profileNames={{}} onRemove={remove} onClear={clear} />
    </div>
  );
}
