"use client";

import { useLayoutEffect, useRef } from "react";
import type { LogLine } from "@/lib/logs/types";
import { LocalTime } from "./local-time";

const LEVEL_CLASSES: Record<LogLine["level"], string> = {
  debug: "text-neutral-400",
  info: "text-neutral-100",
  warn: "text-amber-300",
  error: "text-red-300",
};

// Within this many pixels of the end counts as "at the bottom" (sub-pixel scroll positions, zoom).
const BOTTOM_SLACK_PX = 24;

type LogViewerProps = { lines: LogLine[] | undefined; label: string; isLive?: boolean; emptyText?: string };

/**
 * A resource's log as it is written. New lines scroll into view only while the reader is
 * at the bottom, so scrolling up to read an earlier line is not undone by the next poll.
 */
export function LogViewer({ lines = [], label, isLive = false, emptyText = "No log lines yet." }: LogViewerProps) {
  const box = useRef<HTMLDivElement>(null);
  const isPinned = useRef(true);
  const lastId = lines.at(-1)?.id;

  useLayoutEffect(() => {
    const node = box.current;
    if (node && isPinned.current) node.scrollTop = node.scrollHeight;
  }, [lastId]);

  return (
    <div className="overflow-hidden rounded-sm border border-neutral-800 bg-neutral-900">
      <div
        ref={box}
        role="log"
        aria-label={label}
        aria-busy={isLive}
        tabIndex={0}
        onScroll={(event) => {
          const node = event.currentTarget;
          isPinned.current = node.scrollHeight - node.scrollTop - node.clientHeight <= BOTTOM_SLACK_PX;
        }}
        className="max-h-80 min-h-24 overflow-y-auto px-3 py-2 font-mono text-xs leading-5"
        data-testid="log-viewer"
      >
        {lines.length === 0 ? (
          <p className="text-neutral-400">{emptyText}</p>
        ) : (
          <ol>
            {lines.map((line) => (
              <li key={line.id} className={`grid grid-cols-[5.5rem_3rem_minmax(0,1fr)] gap-2 ${LEVEL_CLASSES[line.level]}`} data-level={line.level}>
                <LocalTime iso={line.at} variant="clock" className="text-neutral-500 tabular-nums" />
                <span className="uppercase">{line.level}</span>
                <span className="break-words whitespace-pre-wrap">{line.message}</span>
              </li>
            ))}
          </ol>
        )}
        {isLive && <p className="animate-pulse text-neutral-500">…</p>}
      </div>
    </div>
  );
}

