"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a text and says so for two seconds. The Clipboard API exists only in secure
 * contexts, and the studio may be opened over plain http on a LAN, so an off-screen
 * textarea and execCommand("copy") stand in there.
 */
export function CopyButton({ text, label, className = "h-7" }: { text: string; label: string; className?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2_000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
      else copyWithTextarea(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <Button variant="secondary" className={className} onClick={copy} aria-label={label} title={label}>
      <span aria-live="polite">{status === "copied" ? "Copied" : status === "failed" ? "Copy failed" : "Copy"}</span>
    </Button>
  );
}

function copyWithTextarea(text: string) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.left = "-9999px";
  document.body.append(area);
  area.select();
  const isCopied = document.execCommand("copy");
  area.remove();
  if (!isCopied) throw new Error("copy refused");
}
