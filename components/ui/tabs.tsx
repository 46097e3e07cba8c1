"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type TabItem<T extends string> = { value: T; label: string };

type TabsProps<T extends string> = {
  label: string;
  /** Prefix of the tab and panel ids (`${idBase}-tab-${value}`, `${idBase}-panel-${value}`). */
  idBase: string;
  tabs: TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
};

export const tabId = (idBase: string, value: string) => `${idBase}-tab-${value}`;
export const panelId = (idBase: string, value: string) => `${idBase}-panel-${value}`;

/** An ARIA tablist: arrow keys, Home and End move between tabs and select them (automatic activation). */
export function Tabs<T extends string>({ label, idBase, tabs, value, onChange }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.value === value);
    const next =
      event.key === "ArrowRight" ? (index + 1) % tabs.length
      : event.key === "ArrowLeft" ? (index - 1 + tabs.length) % tabs.length
      : event.key === "Home" ? 0
      : event.key === "End" ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onChange(tabs[next].value);
    refs.current.get(tabs[next].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="mb-4 flex gap-4 border-b border-neutral-200" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.value === value;
        return (
          <button
            key={tab.value}
            ref={(node) => {
              if (node) refs.current.set(tab.value, node);
              else refs.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={tabId(idBase, tab.value)}
            aria-selected={isSelected}
            aria-controls={panelId(idBase, tab.value)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onChange(tab.value)}
            className={`-mb-px border-b-2 px-1 pb-2 text-sm ${
              isSelected ? "border-brand-600 font-semibold text-neutral-900" : "border-transparent text-neutral-600 hover:text-neutral-900"
            }`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel of one tab; inactive panels stay mounted (hidden), so their state survives a tab switch. */
export function TabPanel({ idBase, value, selected, children }: { idBase: string; value: string; selected: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(idBase, value)} aria-labelledby={tabId(idBase, value)} hidden={value !== selected} tabIndex={0}>
      {children}
    </div>
  );
}
