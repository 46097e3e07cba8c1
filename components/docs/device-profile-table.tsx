import { Fragment, type ReactNode } from "react";
import { Table, Th } from "@/components/ui/table";
import type { DeviceProfile, ProfileParameter } from "@/lib/fpga/types";

/**
 * Every parameter of every device profile, read from lib/fpga when the page renders:
 * label, key, unit, the value per profile and where each value comes from.
 */
export function DeviceProfileTable({ profiles }: { profiles: DeviceProfile[] }) {
  const keys = [...new Set(profiles.flatMap((p) => Object.keys(p.parameters)))];
  return (
    <Table label="Device profile parameters">
      <thead>
        <tr>
          <Th className="w-[38%]">Parameter</Th>
          <Th>Key</Th>
          {profiles.map((p) => (
            <Th key={p.id} className="text-right font-mono">
              {p.id}
            </Th>
          ))}
          <Th>Unit</Th>
        </tr>
      </thead>
      {keys.map((key) => {
        const values = profiles.map((p) => (p.parameters as Record<string, ProfileParameter<unknown> | undefined>)[key]);
        const present = values.filter((v): v is ProfileParameter<unknown> => Boolean(v));
        const units = [...new Set(present.map((v) => v.unit))];
        const isSameSource = new Set(present.map((v) => v.source)).size === 1;
        // One body per parameter: its values, then where they come from (full width: sources run long).
        return (
          <tbody key={key} data-testid={`profile-parameter-${key}`} className="border-b border-neutral-200 hover:bg-neutral-50/60">
            <tr>
              <td className="px-3 pt-2 font-medium text-neutral-900">{present[0]?.label ?? key}</td>
              <td className="px-3 pt-2">
                <code className="font-mono text-xs text-neutral-600">{key}</code>
              </td>
              {values.map((v, i) => (
                <td key={profiles[i].id} className="px-3 pt-2 text-right font-medium whitespace-nowrap text-neutral-900 tabular-nums">
                  {v ? formatValue(v.value) : <span className="text-neutral-400">—</span>}
                  {v && units.length > 1 && <span className="font-normal text-neutral-500"> {v.unit}</span>}
                </td>
              ))}
              <td className="px-3 pt-2 text-neutral-700">{units.length === 1 ? units[0] : "varies"}</td>
            </tr>
            <tr>
              <td colSpan={profiles.length + 3} className="px-3 pt-1 pb-2 text-xs leading-5 text-neutral-600">
                {isSameSource ? (
                  <p>
                    <span className="mr-1 font-mono text-[11px] text-neutral-500">{profiles.length === 2 ? "both:" : profiles.length > 2 ? "all:" : `${profiles[0].id}:`}</span>
                    <Source text={present[0].source} />
                  </p>
                ) : (
                  values.map((v, i) =>
                    v ? (
                      <p key={profiles[i].id}>
                        <span className="mr-1 font-mono text-[11px] text-neutral-500">{profiles[i].id}:</span>
                        <Source text={v.source} />
                      </p>
                    ) : null,
                  )
                )}
              </td>
            </tr>
          </tbody>
        );
      })}
    </Table>
  );
}

function formatValue(value: unknown): string {
  return typeof value === "number" ? value.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value);
}

const ASSUMPTION = /^assumption:\s*/i;

/** A source with a badge saying whether it is cited or assumed, and its URLs as links. */
function Source({ text }: { text: string }) {
  const isAssumption = ASSUMPTION.test(text);
  return (
    <span>
      <span
        className={`mr-1.5 inline-block rounded-sm border px-1 text-[10px] leading-4 font-semibold tracking-wide uppercase ${
          isAssumption ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-800"
        }`}
      >
        {isAssumption ? "assumption" : "cited"}
      </span>
      {linkify(text.replace(ASSUMPTION, ""))}
    </span>
  );
}

function linkify(text: string): ReactNode[] {
  return text.split(/(https?:\/\/[^\s)]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all text-brand-700 hover:underline" rel="noreferrer">
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
