"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/client/format";

const subscribeNever = () => () => undefined;

/** 14:03:07.412: a job's log lines are often milliseconds apart. */
function formatClock(date: Date): string {
  const clock = date.toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  return `${clock}.${String(date.getMilliseconds()).padStart(3, "0")}`;
}

/**
 * A timestamp in the reader's time zone. These components are rendered on the server too,
 * whose zone may differ, so the server and the hydrating pass print UTC and the browser
 * then switches to local time (no hydration mismatch).
 */
export function LocalTime({ iso, variant = "datetime", className }: { iso: string; variant?: "datetime" | "clock"; className?: string }) {
  const isBrowser = useSyncExternalStore(subscribeNever, () => true, () => false);
  const date = new Date(iso);
  const text = isBrowser
    ? variant === "clock" ? formatClock(date) : formatDateTime(iso)
    : variant === "clock" ? `${iso.slice(11, 23)} UTC` : `${iso.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <time dateTime={iso} className={className} title={isBrowser ? date.toLocaleString("en-US") : iso}>
      {text}
    </time>
  );
}
